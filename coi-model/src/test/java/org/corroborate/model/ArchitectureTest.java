package org.corroborate.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.corroborate.model.json.CorpusJson;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of dependencies: the model depends on no other module of the project and
 * not on JGraphT; only its {@code json} package knows Jackson; its packages form no cycle.
 */
final class ArchitectureTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.corroborate.model");

  @Test
  void rules_seeTheModelsClasses() {
    assertTrue(MODEL.contain(EvidenceBase.class) && MODEL.contain(CorpusJson.class),
        "the rules below would pass vacuously if the import found no classes: " + MODEL.size());
  }

  @Test
  void model_dependsOnNoOtherModule() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.corroborate.analysis..", "org.corroborate.ingest..", "org.corroborate.fixtures..",
            "org.corroborate.cli..", "org.corroborate.bench..")
        .check(MODEL);
  }

  /** The model's one graph algorithm, strongly connected components, comes from JGraphT's core. */
  @Test
  void model_usesJGraphTOnlyToFindCycles_andNeverItsInputOutput() {
    noClasses().that().doNotHaveSimpleName("Cycles").should().dependOnClassesThat()
        .resideInAPackage("org.jgrapht..").check(MODEL);
    noClasses().should().dependOnClassesThat().resideInAPackage("org.jgrapht.nio..").check(MODEL);
  }

  @Test
  void domain_keepsJsonMappingInItsOwnPackage() {
    noClasses().that().resideInAPackage("org.corroborate.model")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml..", "org.corroborate.model.json..")
        .check(MODEL);
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.corroborate.(**)").should().beFreeOfCycles().check(MODEL);
  }
}
