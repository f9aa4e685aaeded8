package io.avstack.system.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module dependency direction of ARCHITECTURE.md as ArchUnit rules. The module poms enforce
 * the same direction at compile time; these rules also catch reflection-free leaks through the
 * shared classpath of the system tests and document the contract in one place.
 */
final class ModuleDependencyRules {

    /** module -> the avstack modules it may use (besides itself). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of(),
            "drivers", Set.of("core"),
            "perception", Set.of("core"),
            "fusion", Set.of("core", "perception"),
            "planning", Set.of("core"),
            "safety", Set.of("core"),
            "sim", Set.of("core", "drivers"),
            "vehicle", Set.of("core", "drivers", "perception", "fusion", "planning", "safety", "sim"));

    private ModuleDependencyRules() {
    }

    /** One rule per module under {@code rootPackage} (e.g. {@code io.avstack}). */
    static List<ArchRule> rules(String rootPackage) {
        List<ArchRule> rules = new ArrayList<>();
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module) && !allowed.contains(other))
                    .map(other -> rootPackage + "." + other + "..")
                    .sorted()
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                rules.add(noClasses().that().resideInAPackage(rootPackage + "." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .as(module + " may depend only on " + (allowed.isEmpty() ? "nothing in avstack" : allowed))
                        .allowEmptyShould(true));
            }
        });
        return rules;
    }
}
