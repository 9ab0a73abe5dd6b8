package org.corroborate.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.corroborate.casework.consistency.ExternalConsistency;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of dependencies: the case module depends on the model and the analysis only;
 * the model and the analysis know nothing of cases; the packages form no cycle.
 */
final class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.corroborate");

  @Test
  void rules_seeTheCaseClasses() {
    assertTrue(CLASSES.contain(ExternalConsistency.class) && CLASSES.contain(Case.class),
        "the rules below would pass vacuously if the import found no classes: " + CLASSES.size());
  }

  @Test
  void casework_dependsOnTheModelAndTheAnalysisOnly() {
    noClasses().that().resideInAPackage("org.corroborate.casework..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.corroborate.ingest..", "org.corroborate.fixtures..", "org.corroborate.cli..",
            "org.corroborate.bench..")
        .check(CLASSES);
  }

  @Test
  void modelAndAnalysis_knowNothingOfCases() {
    noClasses().that().resideInAnyPackage("org.corroborate.model..", "org.corroborate.analysis..")
        .should().dependOnClassesThat().resideInAPackage("org.corroborate.casework..")
        .check(CLASSES);
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
