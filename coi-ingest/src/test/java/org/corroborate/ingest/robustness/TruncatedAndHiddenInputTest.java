package org.corroborate.ingest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.ReportText;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.junit.jupiter.api.Test;

/**
 * Truncated input, text hidden in code blocks, numbers longer than the reader accepts, bytes that
 * are not UTF-8, and a report whose annex of minutes is missing: each gives a located diagnostic
 * or a typed exception, never silent loss. Data: short constructed reports in the style of the
 * shared ones, and the DIS/SMA report with its annex cut off (read from {@code COI_REPORTS_DIR}).
 */
final class TruncatedAndHiddenInputTest {

  private static IngestedReport read(String text) throws ReportParseException {
    return ReportIngest.read(text, AliasFile.empty());
  }

  private static List<Diagnostic> of(IngestedReport r, DiagnosticCode code) {
    return r.diagnostics().stream().filter(d -> d.code() == code).toList();
  }

  @Test
  void read_footnoteCutMidWayAtEndOfFile_diagnosedAtThatFootnote() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\nConscripts serve a year.[^1] And more.[^2]\n\n"
        + "[^1]: EUAA, Russia, <https://euaa.europa.eu/x> (page 3), 2024\n"
        + "[^2]: Home Office, CPIN Ukraine (section 1.2");
    List<Diagnostic> cut = of(r, DiagnosticCode.TRUNCATED_INPUT);
    assertEquals(1, cut.size(), "the cut footnote is reported: " + r.diagnostics());
    assertEquals(OptionalInt.of(2), cut.get(0).footnote(), "at footnote 2");
    assertEquals(6, cut.get(0).line(), "on its line");
    assertTrue(r.report().footnote(2).orElseThrow().text().contains("section 1.2"),
        "the fragment is kept as the footnote's text");
  }

  @Test
  void read_definitionCutBeforeItsText_diagnosed() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\nText.[^1]\n\n[^1]: A source, 2024.\n[^2");
    assertEquals(List.of(6), of(r, DiagnosticCode.TRUNCATED_INPUT).stream().map(Diagnostic::line).toList(),
        "a footnote cut to '[^2' is reported on its line: " + r.diagnostics());
  }

  @Test
  void read_unclosedCodeBlockAtEnd_diagnosedAtItsFence() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\nText.\n\n```\nsome code\n");
    assertEquals(List.of(5), of(r, DiagnosticCode.TRUNCATED_INPUT).stream().map(Diagnostic::line).toList(),
        "the fence that is never closed is named: " + r.diagnostics());
  }

  @Test
  void read_tableCutOff_diagnosedAtItsLastRow() throws ReportParseException {
    IngestedReport r = read("# 1. Figures\n\n| year | cases |\n|---|---|\n| 2013 | 4 |\n| 2014 | ");
    assertEquals(List.of(6), of(r, DiagnosticCode.TRUNCATED_INPUT).stream().map(Diagnostic::line).toList(),
        "the cut row is named: " + r.diagnostics());
  }

  @Test
  void read_wholeReportNotTruncated_noDiagnostic() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\nText.[^1]\n\n| a | b |\n|---|---|\n\n[^1]: A source, 2024.\n");
    assertEquals(List.of(), of(r, DiagnosticCode.TRUNCATED_INPUT), "a complete report is not reported");
  }

  @Test
  void read_footnoteDefinitionInCodeBlock_skippedWithItsLine() throws ReportParseException {
    for (String fence : List.of("```", "~~~")) {
      IngestedReport r = read("# 1. Law\n\nText.[^1]\n\n" + fence + "markdown\n[^2]: not a footnote\n"
          + "# not a heading\n" + fence + "\n\n[^1]: A source, 2024.\n");
      assertEquals(List.of(1), List.copyOf(r.report().footnotes().keySet()),
          "only the footnote outside the " + fence + " block is read");
      assertEquals(List.of(6), of(r, DiagnosticCode.FOOTNOTE_IN_CODE_BLOCK).stream()
          .map(Diagnostic::line).toList(), "the skipped definition is named: " + r.diagnostics());
      assertTrue(r.report().body().stream().anyMatch(b -> b.text().contains("[^2]: not a footnote")),
          "its text is kept in the body");
      assertTrue(r.report().sections().stream().noneMatch(s -> s.title().contains("heading")),
          "a heading line in a code block is no heading");
    }
  }

  @Test
  void read_markerAndDefinitionWithTooManyDigits_diagnosed() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\nText.[^1234567]\n\n[^1234567]: A source, 2024.\n");
    List<Diagnostic> tooLong = of(r, DiagnosticCode.NUMBER_TOO_LONG);
    assertEquals(List.of(3, 5), tooLong.stream().map(Diagnostic::line).toList(),
        "the marker and the definition are each reported: " + r.diagnostics());
    assertTrue(tooLong.get(1).message().contains("definition"), tooLong.get(1).message());
  }

  @Test
  void read_paragraphNumbersWithTooManyDigits_diagnosed() throws ReportParseException {
    IngestedReport r = read("# 1. Law\n\n7.2.1234 A paragraph.\n\n## Meeting with A Source\n\n"
        + "1. First.\n1234567. Too long.\n");
    assertEquals(List.of(3, 8), of(r, DiagnosticCode.NUMBER_TOO_LONG).stream()
        .map(Diagnostic::line).toList(), "a body and a minutes number: " + r.diagnostics());
    assertTrue(r.report().minutes().get(0).paragraphs().get(0).text().contains("Too long."),
        "the line is kept as text of the paragraph before it");
  }

  @Test
  void decode_invalidUtf8_namesLineAndByte() {
    byte[] bytes = "# Title\nSecond line \u00e9 ok\nthird ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    ReportParseException e = assertThrows(ReportParseException.class, () -> ReportText.decode(bad));
    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("byte " + (bytes.length + 1) + " of the file (byte 7 of the line)")
        && e.getMessage().contains("0xC3"), e.getMessage());
  }

  @Test
  void decode_validUtf8_isTheText() throws ReportParseException {
    String text = "Ukraine – Україна, «Призыв» \uD83D\uDE00\r\n";
    assertEquals(text, ReportText.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_sourceAnnouncedWithoutMinutes_namedAloneOrAfterReference_keptAndDiagnosed()
      throws ReportParseException {
    IngestedReport r = read("# Contents\n\nMeeting with Jane Roe, analyst .....\t12\n\n"
        + "# 1. Law\n\nOne.[^1] Two.[^2] Three.[^3]\n\n"
        + "[^1]: Jane Roe\n"
        + "[^2]: Meduza, Some title, 30 November 2023, [url](#), Jane Roe: 4\n"
        + "[^3]: Jane Roe; 5\n");
    FootnoteCitations alone = r.citations().footnote(1).orElseThrow();
    assertEquals(List.of("Jane Roe"), alone.citations().stream().map(c -> c.surface()).toList(),
        "a name alone stays a citation: " + alone);
    assertTrue(alone.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH
        && d.excerpt().contains("Jane Roe") && d.message().contains("line 3")), alone.diagnostics().toString());
    FootnoteCitations after = r.citations().footnote(2).orElseThrow();
    assertEquals(List.of("Jane Roe"), after.citations().stream().map(c -> c.surface()).toList(),
        "the citation after the reference is read: " + after);
    assertEquals(1, after.written().size());
    assertTrue(after.written().get(0).locator().isEmpty(), "and not left in the reference's locator");
    assertTrue(after.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MINUTES_MISSING),
        after.diagnostics().toString());
    FootnoteCitations semicolon = r.citations().footnote(3).orElseThrow();
    assertEquals(List.of(5), semicolon.citations().stream()
        .flatMap(c -> c.paragraphs().stream()).map(p -> p.number()).toList(), semicolon.toString());
    assertTrue(semicolon.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.MINUTES_MISSING)
        && semicolon.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH),
        semicolon.diagnostics().toString());
    assertEquals(List.of("", "", ""), r.citations().footnotes().values().stream()
        .map(FootnoteCitations::uncovered).toList(), "every character is read");
  }

  @Test
  void read_disReportWithoutItsAnnexOfMinutes_citationsKeptAndDiagnosed() throws Exception {
    String whole = org.corroborate.model.ReferenceReports.text(
        org.corroborate.model.ReferenceReports.RUSSIA_CONSCRIPTION);
    IngestedReport full = read(whole);
    int annex = whole.indexOf("\n## Annex 2");
    assertTrue(annex > 0, "the report has its annex of minutes");
    IngestedReport cut = read(whole.substring(0, annex + 1));
    assertTrue(cut.report().minutes().isEmpty(), "the cut copy has no minutes");
    int kept = 0;
    int before = 0;
    for (FootnoteCitations f : cut.citations().footnotes().values()) {
      FootnoteCitations original = full.citations().footnote(f.number()).orElseThrow();
      before += original.citations().size();
      kept += f.citations().size();
    }
    assertTrue(kept >= before * 0.98, "at least 98 % of the interview citations stay citations: "
        + kept + " of " + before);
    List<String> lostSilently = new java.util.ArrayList<>();
    for (FootnoteCitations f : cut.citations().footnotes().values()) {
      FootnoteCitations original = full.citations().footnote(f.number()).orElseThrow();
      for (var c : original.citations()) {
        boolean keptAsCitation = f.citations().stream().anyMatch(k -> k.surface().equals(c.surface()));
        boolean diagnosed = f.diagnostics().stream().anyMatch(d -> d.excerpt().contains(c.surface()));
        if (!keptAsCitation && !diagnosed) {
          lostSilently.add(f.number() + ": " + c.surface());
        }
      }
    }
    assertEquals(List.of(), lostSilently, "no footnote loses an interview citation without a"
        + " diagnostic quoting its source's name");
    assertEquals(before, kept, "every interview citation stays a citation, unresolved if need be");
    assertTrue(of(cut, DiagnosticCode.MINUTES_MISSING).size() >= 12,
        "every source the contents announce is reported, and its citations: "
            + of(cut, DiagnosticCode.MINUTES_MISSING).size());
    long written = cut.citations().footnotes().values().stream().flatMap(f -> f.written().stream())
        .filter(w -> full.registry().sources().stream()
            .anyMatch(s -> w.outlet().orElse("").equals(s.name()))).count();
    long writtenBefore = full.citations().footnotes().values().stream()
        .filter(f -> f.line() < cut.report().lineCount()).flatMap(f -> f.written().stream())
        .filter(w -> full.registry().sources().stream()
            .anyMatch(s -> w.outlet().orElse("").equals(s.name()))).count();
    assertEquals(writtenBefore, written,
        "no interview citation turns into a written reference whose outlet is an interview source");
  }
}
