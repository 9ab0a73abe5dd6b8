package org.corroborate.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.report.Footnote;
import org.corroborate.ingest.report.ReportParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per quirk of the footnotes of DIS/SMA, Russia – Conscription (January 2025), each on the
 * real footnote that shows it (quoted with its number). The registry is built from the report's
 * real minutes headings (Annex 2) over placeholder paragraphs, numbered as in the report.
 */
final class CitationParserTest {

  private static SourceRegistry registry;

  @BeforeAll
  static void registry() throws ReportParseException {
    StringBuilder report = new StringBuilder("# Annex 2: Meeting minutes\n\n");
    minutes(report, "Meeting with Claus Mathiesen", 1, 95);
    minutes(report, "Meeting with Mark Galeotti", 1, 60);
    minutes(report, "Meeting with Huseyn Aliyev", 1, 100);
    minutes(report, "Meeting with Novaya Gazeta Europe", 1, 38);
    minutes(report,
        "Meeting with Sergey Krivenko, director of the Human Rights Group \"Citizen. Army. Law\"",
        1, 56);
    report.append("## Meeting with OVD-Info\n\n");
    for (int i = 1; i <= 27; i++) {
      int n = i <= 19 ? i : i - 5; // OVD-Info numbers 1-19, then 15-27 again
      report.append(n).append(". ").append(ovdInfo(i)).append('\n');
    }
    minutes(report, "Meeting with Pskovskaya Gubernia", 1, 18);
    minutes(report, "Meeting with Irina Novik, Russian Journalist", 1, 29);
    minutes(report, "Meeting with Freedom House", 1, 38);
    minutes(report, "Meeting with Mediazona", 1, 35);
    minutes(report, "Meeting with A Russian lawyer specialising in LGBT rights", 1, 21);
    minutes(report, "Meeting with a human rights lawyer", 1, 57);
    registry = SourceRegistry.of(new ReportParser().parse(report.toString()));
  }

  private static String ovdInfo(int line) {
    // Openings of OVD-Info paragraphs 16 (first and second occurrence), Annex 2.
    if (line == 16) {
      return "There are many stories about society trying to pressure draft dodgers to appear at"
          + " the Voenkomat. Typically, this would be their parents or other family members.";
    }
    if (line == 21) {
      return "Then again, the main effort for the Voenkomats will be to make people sign contracts"
          + " with the Ministry of Defence.";
    }
    return "Placeholder paragraph.";
  }

  private static void minutes(StringBuilder report, String heading, int from, int to) {
    report.append("## ").append(heading).append("\n\n");
    for (int n = from; n <= to; n++) {
      report.append(n).append(". Placeholder paragraph.\n");
    }
    report.append('\n');
  }

  private static FootnoteCitations read(int number, String text) {
    return read(number, text, "");
  }

  private static FootnoteCitations read(int number, String text, String statement) {
    return new CitationParser().parse(new Footnote(number, 1, text, false), statement, registry);
  }

  private static List<DiagnosticCode> codes(FootnoteCitations f) {
    return f.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<String> cited(FootnoteCitations f) {
    return f.citations().stream()
        .map(c -> c.source().orElse("?") + ":" + c.numbers()).collect(Collectors.toList());
  }

  @Test
  void parse_plainCitations() {
    // Footnote 15: "Mark Galeotti: 1; Huseyn Aliyev: 23"
    FootnoteCitations f = read(15, "Mark Galeotti: 1; Huseyn Aliyev: 23");
    assertEquals(List.of("mark-galeotti:[1]", "huseyn-aliyev:[23]"), cited(f), "two citations");
    assertTrue(f.diagnostics().isEmpty(), "nothing unusual: " + f.diagnostics());
  }

  @Test
  void parse_writtenAndInterviewMixed() {
    // Footnote 2
    FootnoteCitations f = read(2, "Gosudarstvennaya Duma, *Конституция РФ, Статья 59*, 1 July 2020,"
        + " [url](#); Claus Mathiesen: 2");
    assertEquals(List.of("claus-mathiesen:[2]"), cited(f), "the interview citation");
    WrittenReference w = f.written().get(0);
    assertEquals(Optional.of("Gosudarstvennaya Duma"), w.outlet(), "outlet before the first comma");
    assertEquals(Optional.of("Конституция РФ, Статья 59"), w.title(), "title set in emphasis");
    assertEquals("2020-07-01", w.date().orElseThrow().toString(), "'1 July 2020'");
  }

  @Test
  void parse_describedNameIsAlias() {
    // Footnote 22 (part): "Journalist Irina Novik: 1"
    FootnoteCitations f = read(22, "Journalist Irina Novik: 1");
    assertEquals(List.of("irina-novik:[1]"), cited(f), "the heading says 'Russian Journalist'");
    assertEquals("Journalist Irina Novik", f.citations().get(0).surface(), "surface as written");
    assertEquals(List.of(DiagnosticCode.ALIAS_RESOLVED), codes(f), "the alias is reported");
  }

  @Test
  void parse_shortenedNameIsAlias() {
    // Footnote 172: "Novaya Gazeta: 21-22"
    FootnoteCitations f = read(172, "Novaya Gazeta: 21-22");
    assertEquals(List.of("novaya-gazeta-europe:[21, 22]"), cited(f), "the first two words of the name");
    assertTrue(f.diagnostics().get(0).message().contains("shortened form of Novaya Gazeta Europe"),
        "the diagnostic names the source: " + f.diagnostics());
  }

  @Test
  void parse_userAliasFromAliasFile() throws ReportParseException {
    AliasFile aliases = AliasFile.parse("alias Novaya Gazeta Europe = NGE\n");
    StringBuilder report = new StringBuilder();
    minutes(report, "Meeting with Novaya Gazeta Europe", 1, 5);
    SourceRegistry own = SourceRegistry.of(new ReportParser().parse(report.toString()), aliases);
    FootnoteCitations f = new CitationParser().parse(new Footnote(1, 1, "NGE: 3", false), "", own);
    assertEquals(Optional.of("novaya-gazeta-europe"), f.citations().get(0).source(), "resolved");
    assertEquals(List.of(DiagnosticCode.ALIAS_RESOLVED), codes(f), "reported as alias");
  }

  @Test
  void parse_typoCorrected() {
    // Footnote 282: "Sergey Krivenko: 50; Psovskaya Gubernia: 13"
    FootnoteCitations f = read(282, "Sergey Krivenko: 50; Psovskaya Gubernia: 13");
    assertEquals(List.of("sergey-krivenko:[50]", "pskovskaya-gubernia:[13]"), cited(f),
        "'Psovskaya' is one letter from 'Pskovskaya'");
    Diagnostic d = f.diagnostics().get(0);
    assertEquals(DiagnosticCode.TYPO_CORRECTED, d.code(), "reported as a typo");
    assertTrue(d.message().contains("'Psovskaya Gubernia' corrected to 'Pskovskaya Gubernia'"),
        "the diagnostic names the correction: " + d.message());
  }

  @Test
  void parse_typoThresholdKeepsDistantNamesApart() {
    FootnoteCitations f = read(1, "Psko Gub: 13");
    assertEquals(Optional.empty(), f.citations().get(0).source(),
        "a name further than the threshold from every source is not guessed");
    assertEquals(List.of(DiagnosticCode.UNRESOLVED_SOURCE), codes(f), "it is reported unresolved");
  }

  @Test
  void parse_commaSeparator() {
    // Footnote 219: "Mediazona: 28; Mark Galeotti, 52; Freedom House: 33; A human rights lawyer: 27"
    FootnoteCitations f = read(219,
        "Mediazona: 28; Mark Galeotti, 52; Freedom House: 33; A human rights lawyer: 27");
    assertEquals(4, f.citations().size(), "four citations");
    assertEquals(List.of(DiagnosticCode.IRREGULAR_SEPARATOR), codes(f), "the comma is reported");
  }

  @Test
  void parse_noSeparator() {
    // Footnote 290: "Mark Galeotti: 27; Claus Mathiesen 66"
    FootnoteCitations f = read(290, "Mark Galeotti: 27; Claus Mathiesen 66");
    assertEquals(List.of("mark-galeotti:[27]", "claus-mathiesen:[66]"), cited(f), "both read");
    assertTrue(f.diagnostics().get(0).message().contains("no separator"), "reported: " + f.diagnostics());
  }

  @Test
  void parse_noSpaceAfterColon() {
    // Footnote 289: "Sergey Krivenko:30"
    FootnoteCitations f = read(289, "Sergey Krivenko:30");
    assertEquals(List.of("sergey-krivenko:[30]"), cited(f), "read");
    assertEquals(List.of(DiagnosticCode.IRREGULAR_SEPARATOR), codes(f), "reported");
  }

  @Test
  void parse_semicolonSeparator() {
    // Footnote 222: "Novaya Gazeta; 31"
    FootnoteCitations f = read(222, "Novaya Gazeta; 31");
    assertEquals(List.of("novaya-gazeta-europe:[31]"), cited(f), "one citation, not a name and a stray number");
    assertTrue(codes(f).contains(DiagnosticCode.IRREGULAR_SEPARATOR), "reported: " + codes(f));
    assertFalse(codes(f).contains(DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH),
        "the name does have its paragraph");
  }

  @Test
  void parse_rangeWithSpaceBeforeDash() {
    // Footnote 312: "Mark Galeotti: 31; A human rights lawyer: 41 -42"
    FootnoteCitations f = read(312, "Mark Galeotti: 31; A human rights lawyer: 41 -42");
    assertEquals(List.of("mark-galeotti:[31]", "a-human-rights-lawyer:[41, 42]"), cited(f), "a range");
    assertEquals(List.of(DiagnosticCode.ODD_RANGE_SPACING), codes(f), "reported");
  }

  @Test
  void parse_rangeWithSpaceAfterDash() {
    // Footnote 275: "Journalist Irina Novik: 27- 29"
    FootnoteCitations f = read(275, "Journalist Irina Novik: 27- 29");
    assertEquals(List.of("irina-novik:[27, 28, 29]"), cited(f), "a range");
    assertTrue(codes(f).contains(DiagnosticCode.ODD_RANGE_SPACING), "reported: " + codes(f));
  }

  @Test
  void parse_rangeWithCommaBeforeDash() {
    // Footnote 271: "Huseyn Aliyev: 43; Journalist Irina Novik: 27, -29"
    FootnoteCitations f = read(271, "Huseyn Aliyev: 43; Journalist Irina Novik: 27, -29");
    assertEquals(List.of("huseyn-aliyev:[43]", "irina-novik:[27, 28, 29]"), cited(f),
        "', -' is read as a range");
    assertTrue(codes(f).contains(DiagnosticCode.ODD_RANGE_SPACING), "reported: " + codes(f));
  }

  @Test
  void parse_listWithoutSpace() {
    // Footnote 337: "Huseyn Aliyev: 50,51; Freedom House: 24"
    FootnoteCitations f = read(337, "Huseyn Aliyev: 50,51; Freedom House: 24");
    assertEquals(List.of("huseyn-aliyev:[50, 51]", "freedom-house:[24]"), cited(f), "a list");
  }

  @Test
  void parse_plusJoin() {
    // Footnote 438: "Huseyn Aliyev: 65+69"
    FootnoteCitations f = read(438, "Huseyn Aliyev: 65+69");
    assertEquals(List.of("huseyn-aliyev:[65, 69]"), cited(f), "two paragraphs, not a range");
    assertEquals(List.of(DiagnosticCode.PLUS_JOIN), codes(f), "reported");
  }

  @Test
  void parse_citationsJoinedByComma() {
    // Footnote 309: "Claus Mathiesen: 68; A human rights lawyer: 42; Irina Novik: 8, Pskovskaya
    // Gubernia: 3; Sergey Krivenko: 38"
    FootnoteCitations f = read(309, "Claus Mathiesen: 68; A human rights lawyer: 42; Irina Novik: 8,"
        + " Pskovskaya Gubernia: 3; Sergey Krivenko: 38");
    assertEquals(List.of("claus-mathiesen:[68]", "a-human-rights-lawyer:[42]", "irina-novik:[8]",
        "pskovskaya-gubernia:[3]", "sergey-krivenko:[38]"), cited(f), "five citations");
    assertEquals(List.of(DiagnosticCode.CITATIONS_JOINED_BY_COMMA), codes(f), "reported");
  }

  @Test
  void parse_citationAfterWrittenReference() {
    // Footnote 151
    FootnoteCitations f = read(151, "The “Call to Conscience” coalition et. al, Обзор нарушений прав и"
        + " сопротивления в весенний призыв 2024 года, [undated] [url](#), Novaya Gazeta: 12");
    assertEquals(List.of("novaya-gazeta-europe:[12]"), cited(f), "the citation at the end");
    assertEquals(1, f.written().size(), "and the written reference before it");
    assertTrue(codes(f).contains(DiagnosticCode.CITATION_AFTER_WRITTEN_REFERENCE), "reported");
  }

  @Test
  void parse_sourceWithoutParagraph() {
    // Footnote 288: "Huseyn Aliyev: 48; Mark Galeotti"
    FootnoteCitations f = read(288, "Huseyn Aliyev: 48; Mark Galeotti");
    assertEquals(List.of("huseyn-aliyev:[48]", "mark-galeotti:[]"), cited(f),
        "the bare name is still a citation, without paragraphs");
    assertEquals(List.of(DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH), codes(f), "reported");
  }

  @Test
  void parse_duplicateCitation() {
    // Footnote 66: "Mark Galeotti: 9; Mark Galeotti: 9"
    FootnoteCitations f = read(66, "Mark Galeotti: 9; Mark Galeotti: 9");
    assertEquals(2, f.citations().size(), "both citations are kept as written");
    assertEquals(List.of(DiagnosticCode.DUPLICATE_CITATION), codes(f), "the repeat is reported");
  }

  @Test
  void parse_nonexistentParagraph() {
    // Constructed: no footnote of the report cites a paragraph past the end of its minutes;
    // Pskovskaya Gubernia's minutes end at paragraph 18.
    FootnoteCitations f = read(1, "Pskovskaya Gubernia: 19");
    assertEquals(CitedParagraph.Resolution.NONEXISTENT,
        f.citations().get(0).paragraphs().get(0).resolution(), "paragraph 19 does not exist");
    assertEquals(List.of(DiagnosticCode.NONEXISTENT_PARAGRAPH), codes(f), "reported");
  }

  @Test
  void parse_repeatedNumberResolvedByContent() {
    // Footnote 280: "OVD-Info: 16", marking "There is anecdotal evidence of parents or other family
    // members trying to pressure their own draft evading family member to appear at the
    // Voenkomat, as they do not want him to break the law." (section 4.3)
    FootnoteCitations f = read(280, "OVD-Info: 16", "There is anecdotal evidence of parents or other"
        + " family members trying to pressure their own draft evading family member to appear at the"
        + " Voenkomat, as they do not want him to break the law.");
    CitedParagraph p = f.citations().get(0).paragraphs().get(0);
    assertEquals(CitedParagraph.Resolution.BY_CONTENT, p.resolution(), "the content decides");
    assertEquals(ImmutableList.of(1), p.occurrences(), "the first paragraph 16 speaks of parents");
    assertEquals(List.of(DiagnosticCode.OCCURRENCE_RESOLVED_BY_CONTENT), codes(f), "reported");
  }

  @Test
  void parse_repeatedNumberAmbiguousWithoutContent() {
    // Footnote 235 (part): "OVD-Info: 17", read without its statement
    FootnoteCitations f = read(235, "OVD-Info: 17");
    CitedParagraph p = f.citations().get(0).paragraphs().get(0);
    assertEquals(CitedParagraph.Resolution.AMBIGUOUS, p.resolution(), "nothing tells them apart");
    assertEquals(ImmutableList.of(1, 2), p.occurrences(), "both candidates are given");
    assertEquals(List.of(DiagnosticCode.AMBIGUOUS_PARAGRAPH), codes(f), "reported");
  }

  @Test
  void parse_outletNamedLikeSourceIsWritten() {
    // Footnote 106
    FootnoteCitations f = read(106, "Mediazona, *Московские призывники, которые не явились в"
        + " военкомат по повестке, получили СМС с информацией о запрете покидать Россию*, 12 November"
        + " 2024, [url](#)");
    assertTrue(f.citations().isEmpty(), "an article by Mediazona is not the Mediazona interview");
    assertEquals(Optional.of("Mediazona"), f.written().get(0).outlet(), "it is a written reference");
    assertEquals(List.of(DiagnosticCode.OUTLET_NAMED_LIKE_SOURCE), codes(f), "reported");
  }

  @Test
  void parse_proseNamingSource() {
    // Footnote 367
    FootnoteCitations f = read(367, "It should be noted that Freedom House is the only of the"
        + " interviewed sources who conveys that conscripts are used actively in combat activities on"
        + " the front line in Ukraine.");
    assertTrue(f.citations().isEmpty(), "naming is not citing");
    assertEquals(1, f.notes().size(), "the prose is kept as a note");
    assertEquals(List.of(DiagnosticCode.SOURCE_NAMED_IN_PROSE), codes(f), "reported");
  }

  @Test
  void parse_strayNumbersReported() {
    FootnoteCitations f = read(1, "Gosudarstvennaya Duma, *Конституция РФ*, 1 July 2020; 12");
    assertEquals(List.of(DiagnosticCode.UNREADABLE_CITATION), codes(f),
        "numbers that follow no name are not dropped silently");
    assertEquals(List.of("12"), f.notes(), "they are kept as a note");
  }

  @Test
  void parse_titleWithSemicolonStaysWhole() {
    // CPIN footnote [^69]
    FootnoteCitations f = read(69, "DIS, Ukraine; Exit rules, exemptions from military service …"
        + " <https://www.ecoi.net/en/document/2094119.html>, (Annex 1, page 72), June 2023");
    assertEquals(1, f.written().size(), "one reference, its title holding a semicolon");
    assertEquals(Optional.of("Annex 1, page 72"), f.written().get(0).locator(), "the locator");
  }
}
