package org.corroborate.ingest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
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
    assertTrue(r.registry().sources().isEmpty(), "no minutes, no sources");
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.UNRESOLVED_SOURCE
            && d.line() == 5 && d.footnote().equals(OptionalInt.of(1))),
        "a citation of a source with no minutes is unresolved, and said so at footnote 1, line 5: "
            + r.diagnostics());
  }

  /** A short report in the DIS manner: body, footnotes, two minutes sections, one quirk of each kind. */
  private static final String DIS_STYLE = String.join("\n",
      "# 1. Legal framework",
      "",
      "Conscripts serve one year.<sup>1</sup> Some are sent to the border.<sup>2</sup>",
      "",
      "<sup>1</sup> Claus Mathiesen: 2; Irina Novik: 1-2",
      "<sup>2</sup> Claus Mathiesen, 3",
      "",
      "## Annex 2: Meeting minutes",
      "",
      "### Meeting with Claus Mathiesen, researcher at the Royal Danish Defence College",
      "",
      "1. Conscripts serve for twelve months.",
      "2. They serve one year and are then discharged.",
      "3. Some conscripts are posted to the border regions.",
      "",
      "### Meeting with Irina Novik, journalist",
      "",
      "1. Conscription runs twice a year.",
      "2. The term is one year.",
      "");

  @Test
  void read_disStyleReport_isReadIdentically_withByteOrderMark_crlf_andCrLineEnds() throws Exception {
    IngestedReport plain = read(DIS_STYLE);
    assertEquals(2, plain.registry().sources().size(), "the two minutes sections are read");
    assertEquals(3, plain.report().minutes().get(0).paragraphs().size());
    assertEquals(2, plain.citations().footnotes().size());
    for (String awkward : new String[] {
        "\uFEFF" + DIS_STYLE, DIS_STYLE.replace("\n", "\r\n"), "\uFEFF" + DIS_STYLE.replace("\n", "\r\n"),
        DIS_STYLE.replace("\n", "\r")}) {
      IngestedReport other = read(awkward);
      assertEquals(plain.report(), other.report(), "the same structure, line for line");
      assertEquals(plain.citations(), other.citations(), "the same citations");
      assertEquals(plain.registry().sources(), other.registry().sources(), "the same sources");
      assertEquals(plain.diagnostics(), other.diagnostics(), "the same diagnostics");
    }
  }

  @Test
  void read_footnoteWithoutAnyMarker_isDiagnosedAtItsLine_andStillRead() throws Exception {
    IngestedReport r = read(DIS_STYLE.replace("border.<sup>2</sup>", "border."));
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.FOOTNOTE_WITHOUT_MARKER
        && d.line() == 6 && d.footnote().equals(OptionalInt.of(2))), r.diagnostics().toString());
    assertEquals(2, r.citations().footnotes().size(), "the footnote is still read");
    assertEquals(1, r.citations().footnote(2).orElseThrow().citations().size());
  }

  @Test
  void read_markersWithoutAnyFootnotes_areEachDiagnosedAtTheirLine() throws Exception {
    IngestedReport r = read(DIS_STYLE.replace("<sup>1</sup> Claus", "Claus").replace("<sup>2</sup> Claus", "Claus"));
    assertTrue(r.report().footnotes().isEmpty(), "no footnote definitions are left");
    for (int n : new int[] {1, 2}) {
      assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MARKER_WITHOUT_FOOTNOTE
          && d.line() == 3 && d.message().contains("footnote " + n)), n + ": " + r.diagnostics());
    }
    assertEquals(2, r.registry().sources().size(), "the minutes are still read");
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
