package io.optionsv4.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md and STYLE.md section 2, checked on the compiled production classes of every
 * module the application ships.
 */
class ArchitectureTest {

    /** The core packages in the order of STYLE.md: each may use only the ones listed before it. */
    private static final List<String> CORE_LAYERS = List.of(
            "result",
            "instrument",
            "money",
            "market",
            "pricing",
            "probability",
            "costs",
            "margin",
            "analysis",
            "conditions",
            "strategy",
            "trade",
            "selection",
            "exit",
            "allocation",
            "portfolio");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Other modules' test-jars (core's DefaultSettings) are test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.optionsv4");
    }

    @Test
    void test_core_dependsOnNothingButTheJdkAndTa4j() {
        classes()
                .that()
                .resideInAPackage("io.optionsv4.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.optionsv4.core..", "java..", "org.ta4j..")
                .check(classes);
    }

    @Test
    void test_adapters_dependOnCoreOnly() {
        for (String adapter : List.of("marketdata", "dhan", "store")) {
            noClasses()
                    .that()
                    .resideInAPackage("io.optionsv4." + adapter + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(otherModules(adapter))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void test_engine_neverDependsOnTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("io.optionsv4.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.optionsv4.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void test_corePackages_useOnlyThePackagesListedBeforeThem() {
        Architectures.LayeredArchitecture layers =
                Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : CORE_LAYERS) {
            layers = layers.layer(layer).definedBy("io.optionsv4.core." + layer + "..");
        }
        for (int i = 0; i < CORE_LAYERS.size() - 1; i++) {
            List<String> above = CORE_LAYERS.subList(i + 1, CORE_LAYERS.size());
            layers = layers.whereLayer(CORE_LAYERS.get(i))
                    .mayOnlyBeAccessedByLayers(above.toArray(String[]::new))
                    .withOptionalLayers(true);
        }
        layers.whereLayer(CORE_LAYERS.get(CORE_LAYERS.size() - 1))
                .mayNotBeAccessedByAnyLayer()
                .allowEmptyShould(true)
                .check(classes);
    }

    private static String[] otherModules(String self) {
        return List.of("marketdata", "dhan", "store", "engine", "app").stream()
                .filter(m -> !m.equals(self))
                .map(m -> "io.optionsv4." + m + "..")
                .toArray(String[]::new);
    }
}
