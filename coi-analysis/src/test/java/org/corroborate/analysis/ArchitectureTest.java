package org.corroborate.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.corroborate.analysis.argumentation.GroundedLabelling;
import org.corroborate.analysis.graph.EvidenceGraph;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of dependencies: the analysis depends on the model and on no other module of
 * the project; the packages of the project form no cycle.
 */
final class ArchitectureTest {

  /**
   * The analysis and, from the class path, the model it uses; not test classes, neither this
   * module's nor those of the model's test jar.
   */
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.corroborate");

  @Test
  void rules_seeTheAnalysisAndModelClasses() {
    assertTrue(CLASSES.contain(EvidenceGraph.class) && CLASSES.contain(GroundedLabelling.class)
            && CLASSES.contain(EvidenceBase.class),
        "the rules below would pass vacuously if the import found no classes: " + CLASSES.size());
  }

  @Test
  void analysis_dependsOnNoModuleButTheModel() {
    noClasses().that().resideInAPackage("org.corroborate.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.corroborate.ingest..", "org.corroborate.fixtures..", "org.corroborate.cli..",
            "org.corroborate.bench..")
        .check(CLASSES);
  }

  @Test
  void argumentation_knowsNothingOfTheEvidenceModel() {
    noClasses().that().resideInAPackage("org.corroborate.analysis.argumentation..")
        .should().dependOnClassesThat().resideInAPackage("org.corroborate.model..")
        .check(CLASSES);
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
