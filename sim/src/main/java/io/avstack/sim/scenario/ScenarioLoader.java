package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Reads a scenario file (format: docs/scenario-format.md) into its runs: one per combination of
 * swept values (cartesian product, the first swept parameter varying slowest), or exactly one
 * without a sweep. Each run's text has its {@code ${...}} substituted and is then bound strictly by
 * {@link ConfigLoader} into a {@link ScenarioSpec}; a {@code roadFile} is read relative to the
 * scenario file's folder, checked on its own, and bound as the spec's {@code road}.
 *
 * <p>Every problem is a {@link ConfigException} naming the file, line and column, key path and value
 * (a problem inside a road file names the road file; a {@code --param} override has no line).
 * Deterministic: the same file and
 * overrides give equal runs in the same order. Thread-safe; call it at start-up.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** The runs of {@code file} with the file's parameter defaults and seed. */
    public static List<ScenarioRun> load(Path file) {
        return load(file, Map.of(), null);
    }

    /**
     * The runs of {@code file}.
     *
     * @param overrides    parameter values that replace the defaults ({@code --param k=v}); an overridden
     *                     parameter is no longer swept
     * @param seedOverride the seed of every run; null: the file's {@code defaultSeed}
     * @throws ConfigException for an unreadable or invalid file, or an override of an undeclared
     *     parameter or of a number by text
     */
    public static List<ScenarioRun> load(Path file, Map<String, String> overrides, Long seedOverride) {
        String source = file.toString();
        String text = read(file);
        List<Placeholders.Placeholder> placeholders = Placeholders.find(text);
        String tokenised = Placeholders.replace(text, placeholders, p -> Placeholders.token(p.expression()));
        ScenarioHeader header = ConfigLoader.loadString(tokenised, source, ScenarioHeader.class);

        Map<String, String> fixed = new LinkedHashMap<>(header.defaults());
        applyOverrides(source, fixed, overrides);
        List<SweepAxis> axes = new ArrayList<>();
        for (SweepAxis axis : header.axes()) {
            if (!overrides.containsKey(axis.name())) {
                axes.add(axis);
            }
        }
        List<Expression> expressions = new ArrayList<>(placeholders.size());
        for (Placeholders.Placeholder p : placeholders) {
            expressions.add(Expression.parse(p.expression())); // checked by the header pass
        }

        Map<Path, RoadText> roads = new HashMap<>();
        List<ScenarioRun> runs = new ArrayList<>();
        for (Map<String, String> swept : combinations(axes)) {
            Map<String, String> values = new LinkedHashMap<>(fixed);
            values.putAll(swept);
            String resolved = substitute(source, text, placeholders, expressions, values);
            String roadFile = header.roadFile(values);
            if (roadFile != null) {
                Path roadPath = file.toAbsolutePath().getParent().resolve(roadFile).normalize();
                resolved = roads.computeIfAbsent(roadPath, RoadText::load).appendTo(resolved);
            }
            ScenarioSpec spec = ConfigLoader.loadString(resolved, source, ScenarioSpec.class);
            long seed = seedOverride != null ? seedOverride : spec.defaultSeed();
            runs.add(new ScenarioRun(runName(spec.name(), swept), spec, values, seed, file));
        }
        return runs;
    }

    /**
     * The runs of every scenario file ({@code *.yaml}, {@code *.yml}) directly in {@code folder}, by
     * file name; sub-folders (such as {@code roads/}) are not read.
     */
    public static List<ScenarioRun> loadAll(Path folder) {
        List<ScenarioRun> runs = new ArrayList<>();
        for (Path file : scenarioFiles(folder)) {
            runs.addAll(load(file));
        }
        return runs;
    }

    /** The scenario files directly in {@code folder}, sorted by file name. */
    public static List<Path> scenarioFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            for (Path file : dir) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw ScenarioErrors.inFile(folder.toString(), "", "(folder)", "cannot list scenario files: " + e);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /** {@code name} plus the swept values, e.g. {@code ccrs[egoSpeedKph=30,overlapPct=50]}. */
    static String runName(String name, Map<String, String> swept) {
        if (swept.isEmpty()) {
            return name;
        }
        StringJoiner joiner = new StringJoiner(",", name + "[", "]");
        swept.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    /** Cartesian product in declaration order; one empty map without axes. */
    static List<Map<String, String>> combinations(List<SweepAxis> axes) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>(result.size() * axis.values().size());
            for (Map<String, String> prefix : result) {
                for (String value : axis.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(prefix);
                    combination.put(axis.name(), value);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }

    private static void applyOverrides(String source, Map<String, String> values, Map<String, String> overrides) {
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            String key = "parameters." + e.getKey();
            String old = values.get(e.getKey());
            String value = e.getValue();
            if (old == null) {
                throw ScenarioErrors.inFile(source, key, value, "--param names an undeclared parameter (declared: "
                        + values.keySet() + ")");
            }
            if (value == null || !ParameterValues.isValid(value)) {
                throw ScenarioErrors.inFile(source, key, value, "--param value must be " + ParameterValues.TEXT_RULE);
            }
            if (ParameterValues.isNumber(value) != ParameterValues.isNumber(old)) {
                throw ScenarioErrors.inFile(source, key, value, "--param value must be "
                        + (ParameterValues.isNumber(old) ? "a number" : "text") + " like the default " + old);
            }
            values.put(e.getKey(), ParameterValues.isNumber(value) ? ParameterValues.normalise(
                    new BigDecimal(value)) : value);
        }
    }

    private static String substitute(String source, String text, List<Placeholders.Placeholder> placeholders,
            List<Expression> expressions, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholders.Placeholder p = placeholders.get(i);
            String value;
            try {
                value = expressions.get(i).evaluate(values);
            } catch (IllegalArgumentException e) {
                // only a swept or overridden value can get here (the defaults passed the header check)
                throw ScenarioErrors.inFile(source, "${" + p.expression() + "}", values, e.getMessage());
            }
            out.append(text, from, p.start()).append(value);
            from = p.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // ConfigLoader reports an unreadable file as NOT_FOUND, as for every other config file
            ConfigLoader.load(file, Object.class);
            throw ScenarioErrors.inFile(file.toString(), "", "(file)", "cannot read: " + e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ScenarioErrors.inFile(file.toString(), "", "(file)", "not UTF-8 text");
        }
    }
}
