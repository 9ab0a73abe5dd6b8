package org.corroborate.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.corroborate.ingest.citation.CitationParser;
import org.corroborate.ingest.evidence.ReportIngest;
import org.corroborate.ingest.report.ReportParser;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of dependencies: ingest depends on the model (and Guava) only, never on the
 * analysis, fixtures or CLI modules nor on JGraphT; its packages form no cycle.
 */
final class ArchitectureTest {

  private static final JavaClasses INGEST =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.corroborate.ingest");

  @Test
  void rules_seeTheIngestClasses() {
    assertTrue(INGEST.contain(ReportParser.class) && INGEST.contain(CitationParser.class)
            && INGEST.contain(ReportIngest.class),
        "the rules below would pass vacuously if the import found no classes: " + INGEST.size());
  }

  @Test
  void ingest_dependsOnTheModelOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.corroborate.analysis..", "org.corroborate.fixtures..", "org.corroborate.cli..",
            "org.corroborate.bench..", "org.jgrapht..", "com.fasterxml..")
        .check(INGEST);
  }

  @Test
  void ingest_usesNoModelJson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.corroborate.model.json..")
        .check(INGEST);
  }

  @Test
  void packages_formNoCycle() {
    slices().matching("org.corroborate.ingest.(**)").should().beFreeOfCycles().check(INGEST);
  }
}
