package org.corroborate.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.corroborate.model.ReferenceReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing of a footnote is lost without a word: over every shared report (from {@code
 * COI_REPORTS_DIR}; skipped when absent), the parts of every footnote — interview citations,
 * written references, notes and diagnosed text — cover its whole text but for separators.
 */
final class FootnoteCoverageTest {

  @ParameterizedTest
  @ValueSource(strings = {"dis-sma-russia-conscription-2025.md", "uk-cpin-ukraine-military-service-2025.md",
      "uk-cpin-iran-military-service-2026.md", "uk-cpin-syria-military-service-2025.md",
      "uk-ffm-albania-blood-feuds-2023.md"})
  void sharedReport_partsCoverEveryFootnote(String report) throws IOException, ReportParseException {
    IngestedReport read = ReportIngest.read(ReferenceReports.text(report), AliasFile.empty());
    List<String> lost = new ArrayList<>();
    for (FootnoteCitations f : read.citations().footnotes().values()) {
      if (!f.uncovered().isEmpty()) {
        lost.add("[^" + f.number() + "] '" + f.uncovered() + "'");
      }
      if (!f.text().isBlank()) {
        assertTrue(!f.parts().isEmpty(), "footnote " + f.number() + " has text but no part");
      }
    }
    assertEquals(List.of(), lost, report + ": footnote text in no part");
  }
}
