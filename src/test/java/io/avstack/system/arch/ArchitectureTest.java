package io.avstack.system.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void productionCodeFollowsTheModuleDependencyDirection() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.avstack");
        assertThat(classes).isNotEmpty();
        for (ArchRule rule : ModuleDependencyRules.rules("io.avstack")) {
            rule.check(classes);
        }
    }

    @Test
    void rulesCatchPlanningImportingFusionAndSafetyImportingPlanning() {
        String root = "io.avstack.system.arch.fixture";
        JavaClasses fixture = new ClassFileImporter().importPackages(root);
        List<String> violated = ModuleDependencyRules.rules(root).stream()
                .filter(rule -> rule.evaluate(fixture).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
        assertThat(violated).hasSize(2)
                .anySatisfy(d -> assertThat(d).startsWith("planning"))
                .anySatisfy(d -> assertThat(d).startsWith("safety"));
        EvaluationResult fusionRule = ModuleDependencyRules.rules(root).stream()
                .filter(rule -> rule.getDescription().startsWith("fusion")).findFirst().orElseThrow()
                .evaluate(fixture);
        assertThat(fusionRule.hasViolation()).isFalse();
    }
}
