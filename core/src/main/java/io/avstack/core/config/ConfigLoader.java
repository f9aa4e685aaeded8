package io.avstack.core.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads a YAML config document into a Java record (or any Jackson-bindable type) and validates
 * it, failing with one {@link ConfigException} that names file, line, key path and value.
 *
 * <p>Strict by design, so a typo never silently becomes a default: unknown keys, missing or null
 * required keys ({@link OptionalKey} excepted), duplicate keys, quoted numbers, fractional values
 * for integers and more than one document are all errors. After binding, {@link ConfigValidator}
 * checks every {@link Range} and {@link Validated}.
 *
 * <p>Thread-safe; call it at start-up, not per tick.
 */
public final class ConfigLoader {

    private static final ObjectMapper MAPPER = createMapper();

    private ConfigLoader() {
    }

    /** Loads and validates {@code file} (UTF-8). */
    public static <T> T load(Path file, Class<T> type) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw notFound(source, "no such file", e);
        } catch (IOException e) {
            throw notFound(source, e.toString(), e);
        }
        return loadString(decode(bytes, source), source, type);
    }

    /**
     * Loads and validates a classpath resource (e.g. {@code "config/calibration.yaml"}, leading
     * slash optional) through the context class loader; messages name it {@code classpath:...}.
     */
    public static <T> T loadResource(String classpathResource, Class<T> type) {
        String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        String source = "classpath:" + name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ConfigLoader.class.getClassLoader();
        }
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw notFound(source, "no such classpath resource", null);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw notFound(source, e.toString(), e);
        }
        return loadString(decode(bytes, source), source, type);
    }

    /**
     * Loads and validates YAML text.
     *
     * @param sourceName named as the file in error messages (e.g. a test name or "--config" argument)
     */
    public static <T> T loadString(String yaml, String sourceName, Class<T> type) {
        YamlSource source = new YamlSource(sourceName, yaml);
        JsonNode tree = source.parse(MAPPER);
        try {
            T config = bind(tree, sourceName, type);
            ConfigValidator.validate(config, sourceName);
            return config;
        } catch (ConfigException e) {
            if (e.line() > 0 || e.keyPath() == null) {
                throw e;
            }
            int[] at = source.locate(e.keyPath());
            throw at[0] > 0 ? e.withLocation(at[0], at[1]) : e;
        }
    }

    private static <T> T bind(JsonNode tree, String sourceName, Class<T> type) {
        try {
            return MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(tree));
        } catch (JsonMappingException e) {
            throw BindingErrors.translate(e, tree, sourceName, MAPPER);
        } catch (IOException e) {
            // reading from an in-memory tree: only a mapping problem can get here
            throw new ConfigException(ConfigException.Kind.MALFORMED, sourceName, "", null, e.toString(), -1, -1, e);
        }
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(ConfigException.Kind.MALFORMED, source, null, null, "not UTF-8 text",
                    -1, -1, e);
        }
    }

    private static ConfigException notFound(String source, String detail, Throwable cause) {
        return new ConfigException(ConfigException.Kind.NOT_FOUND, source, null, null, detail, -1, -1, cause);
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .annotationIntrospector(new ConfigAnnotationIntrospector())
                .build();
        // "1.5" in quotes is a string: a quoted number usually means the author meant something else.
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }
}
