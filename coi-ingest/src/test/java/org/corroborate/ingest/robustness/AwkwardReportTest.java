package org.corroborate.ingest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.junit.jupiter.api.Test;

/**
 * Awkward but valid reports are read identically; defective ones give a result with located
 * diagnostics. Data: the bundled UK CPIN (Crown copyright, Open Government Licence v3.0) and short
 * constructed reports.
 */
final class AwkwardReportTest {

  private static String cpin() throws IOException {
    try (InputStream in = AwkwardReportTest.class.getResourceAsStream(
        "/org/corroborate/ingest/evidence/uk-cpin-ukraine-military-service-2025.md")) {
      assertTrue(in != null, "the CPIN is bundled as test data");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static IngestedReport read(String text) throws ReportParseException {
    return ReportIngest.read(text, AliasFile.empty());
  }

  @Test
  void read_byteOrderMarkAndCrlfLineEnds_giveTheSameResult() throws Exception {
    String text = cpin();
    IngestedReport plain = read(text);
    IngestedReport awkward = read("\uFEFF" + text.replace("\n", "\r\n"));
    assertEquals(plain.report().footnotes(), awkward.report().footnotes(),
        "footnotes read the same with a byte-order mark and CRLF line ends");
    assertEquals(plain.diagnostics(), awkward.diagnostics());
    assertEquals(plain.report(), awkward.report(), "the same structure, line for line");
    assertEquals(plain.citations(), awkward.citations());
    assertEquals(plain.registry().sources(), awkward.registry().sources());
  }

  @Test
  void read_reportWithoutMinutes_givesNoSourcesAndNoError() throws Exception {
    IngestedReport r = read("# 1. Legal framework\n\nConscripts serve one year.<sup>1</sup>\n\n"
        + "<sup>1</sup> Claus Mathiesen: 86\n");
    assertTrue(r.report().minutes().isEmpty());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.UNRESOLVED_SOURCE),
        "a citation of a source with no minutes is unresolved, and said so: " + r.diagnostics());
  }

  @Test
  void read_markerWithoutFootnote_andFootnoteWithoutMarker_areDiagnosedWithTheirLines() throws Exception {
    IngestedReport r = read("# 1. Legal framework\n\nConscripts serve one year.<sup>7</sup>\n\n"
        + "<sup>8</sup> Claus Mathiesen: 86\n");
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MARKER_WITHOUT_FOOTNOTE
        && d.line() == 3), r.diagnostics().toString());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.FOOTNOTE_WITHOUT_MARKER
        && d.line() == 5), r.diagnostics().toString());
  }
}
