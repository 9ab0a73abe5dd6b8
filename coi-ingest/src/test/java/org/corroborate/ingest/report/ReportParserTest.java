package org.corroborate.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.junit.jupiter.api.Test;

/**
 * Structure found in short excerpts of DIS/SMA, Russia – Conscription (January 2025), and of the
 * UK Home Office CPIN, Military service, Ukraine (September 2025); each excerpt names its place.
 */
final class ReportParserTest {

  private static ParsedReport parse(String text) throws ReportParseException {
    return new ReportParser().parse(text);
  }

  /**
   * The diagnostics' codes, except the irregular numbering every excerpt that starts in the middle
   * of a minutes section shows.
   */
  private static List<DiagnosticCode> codes(ParsedReport r) {
    return r.diagnostics().stream().map(Diagnostic::code)
        .filter(c -> c != DiagnosticCode.PARAGRAPH_NUMBERING_IRREGULAR).collect(Collectors.toList());
  }

  @Test
  void parse_paragraphNumberWithTrailingDotOrNoSpace_readWithDiagnostics() throws ReportParseException {
    // Iran CPIN 4.5.5 is printed "4.5.5. See also …"; a number run into its text is the same class
    ParsedReport r = parse("### 7. Section\n\n7.2.4 First.\n\n7.2.5. Second.\n\n7.2.6The third.\n");
    assertEquals(List.of("7.2.4", "7.2.5", "7.2.6"), r.numberedParagraphs().stream()
        .map(p -> p.number().orElseThrow()).toList(), "every numbered paragraph is listed");
    assertEquals("The third.", r.numberedParagraphs().get(2).text(), "the text without its number");
    assertEquals(2, r.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.ODD_PARAGRAPH_NUMBER).count(),
        "the dot and the missing space are each reported: " + r.diagnostics());
  }

  @Test
  void parse_contentsEntryWithDotAndPageNumber_notAParagraph() throws ReportParseException {
    // DIS/SMA contents: "3.1.3. Temporary deregistering … \t27"
    ParsedReport r = parse("# Contents\n\n3.1.3. Temporary deregistering from the registry.\t27\n");
    assertEquals(List.of(), r.numberedParagraphs(), "a contents line with its page is no paragraph");
  }

  @Test
  void parse_minutesStartingPastOneReported() throws ReportParseException {
    ParsedReport r = parse("## Meeting with Mark Galeotti\n\n15. Text.\n");
    assertEquals(DiagnosticCode.PARAGRAPH_NUMBERING_IRREGULAR, r.diagnostics().get(0).code(),
        "minutes whose first paragraph is not 1 are reported");
  }

  @Test
  void parse_sectionBodyAndFootnotes() throws ReportParseException {
    // Section 1, first paragraph, and its footnote 2.
    ParsedReport r = parse("# 1. Legal framework\n\n---\n\nPursuant to article 59 of the Russian"
        + " Constitution of 1993, Russian citizens have a duty and an obligation to defend the"
        + " Russian Federation.<sup>2</sup>\n\n---\n\n<sup>2</sup> Gosudarstvennaya Duma,"
        + " *Конституция РФ, Статья 59*, 1 July 2020, [url](#); Claus Mathiesen: 2\n");
    assertEquals(List.of(new Section("1", "Legal framework", 1, 1)), r.sections(), "one section");
    BodyParagraph p = r.body().get(0);
    assertEquals("1", p.section().orElseThrow(), "the paragraph lies in section 1");
    assertEquals(2, p.markers().get(0).number(), "it carries marker 2");
    assertTrue(p.markers().get(0).statement().startsWith("Pursuant to article 59"),
        "the marker closes the statement before it");
    assertTrue(r.footnote(2).orElseThrow().text().endsWith("Claus Mathiesen: 2"), "footnote text");
    assertTrue(r.diagnostics().isEmpty(), "nothing unusual: " + r.diagnostics());
  }

  @Test
  void parse_markerWithoutSup() throws ReportParseException {
    // Section 2.3: marker 105 printed as a bare number under its paragraph.
    ParsedReport r = parse("Many believe that the state has unlimited rights to send a person to"
        + " conscription.<sup>104</sup>\n\n105\n\n<sup>104</sup> Huseyn Aliyev: 11\n\n<sup>105</sup>"
        + " Huseyn Aliyev: 12\n");
    assertEquals(List.of(104, 105), r.body().get(0).markers().stream().map(FootnoteMarker::number)
        .collect(Collectors.toList()), "105 belongs to the paragraph above it");
    assertTrue(r.markerOf(105).orElseThrow().withoutSup(), "and is flagged as written without <sup>");
    assertEquals(List.of(DiagnosticCode.MARKER_WITHOUT_SUP), codes(r), "reported");
  }

  @Test
  void parse_bareNumberNotNextMarkerIsText() throws ReportParseException {
    ParsedReport r = parse("A statement.<sup>1</sup>\n\n7\n\n<sup>1</sup> Note.\n");
    assertEquals(1, r.markers().size(), "7 is not the next marker number, so it is no marker");
  }

  @Test
  void parse_pageHeaderSkippedInsideParagraph() throws ReportParseException {
    // Annex 2, Claus Mathiesen, paragraphs 16-17 around a page header.
    ParsedReport r = parse("## RUSSIA – CONSCRIPTION\n\n### Meeting with Claus Mathiesen\n\n"
        + "16. Traditionally, corruption has played a significant part.\n\n## RUSSIA – CONSCRIPTION\n\n"
        + "17. After turning 18, Russian men are eligible for conscription.\n");
    assertEquals(List.of(16, 17), r.minutes().get(0).numbers(), "both paragraphs");
    assertEquals(List.of(DiagnosticCode.PAGE_HEADER_SKIPPED, DiagnosticCode.PAGE_HEADER_SKIPPED),
        codes(r), "the repeated capitals heading is a page header");
  }

  @Test
  void parse_continuationAfterPageBreak() throws ReportParseException {
    // Annex 2, Claus Mathiesen, paragraph 32 continued after a page break.
    ParsedReport r = parse("### Meeting with Claus Mathiesen\n\n32. The first database contains the"
        + " names of every young man who during the\n\npreliminary evaluation was deemed fit to"
        + " serve.\n\n33. Both databases are nationwide.\n");
    assertTrue(r.minutes().get(0).paragraphs().get(0).text().endsWith("deemed fit to serve."),
        "the unnumbered text continues paragraph 32");
  }

  @Test
  void parse_indentedParagraphsContinueNumbering() throws ReportParseException {
    // Annex 2, Mark Galeotti, paragraphs 15-17.
    ParsedReport r = parse("## Meeting with Mark Galeotti\n\n15. As Russia is experiencing more"
        + " military training at schools.\n  16. As the Russian military was trying to"
        + " professionalise the Spetsnaz.\n  17. In terms of the new law on electronic summons.\n");
    assertEquals(List.of(15, 16, 17), r.minutes().get(0).numbers(), "indented lines are paragraphs");
    assertEquals(List.of(DiagnosticCode.INDENTED_PARAGRAPH, DiagnosticCode.INDENTED_PARAGRAPH),
        codes(r), "reported");
  }

  @Test
  void parse_numberedSubListStaysInParagraph() throws ReportParseException {
    // Annex 2, Huseyn Aliyev, paragraphs 2-3.
    ParsedReport r = parse("## Meeting with Huseyn Aliyev\n\n2. Previously the summons could only be"
        + " distributed in two acceptable ways:\n  1. handing the summons in person to a potential"
        + " conscript,\n  2. sending the summons by registered post, in an envelope\n3. With the"
        + " implementation of the new system, summons can be distributed through electronic means.\n");
    Minutes m = r.minutes().get(0);
    assertEquals(List.of(2, 3), m.numbers(), "the sub-list items are not paragraphs");
    assertTrue(m.paragraphs().get(0).text().contains("registered post"), "they are part of 2");
    assertEquals(List.of(DiagnosticCode.SUB_LIST_IN_PARAGRAPH), codes(r), "reported once");
  }

  @Test
  void parse_emptyNumberedLineTakesTextBefore() throws ReportParseException {
    // Annex 2, Sergey Krivenko, paragraph 56.
    ParsedReport r = parse("## Meeting with Sergey Krivenko\n\n55. Signing up as a contract soldier"
        + " is not a one-step procedure.\n\n### **On conscription from the North Caucasus**\n\n"
        + "There are no ethnic military units in Russia.\n\n56.\n");
    MinutesParagraph p56 = r.minutes().get(0).paragraphs().get(1);
    assertEquals(56, p56.number(), "56 is a paragraph");
    assertEquals("There are no ethnic military units in Russia.", p56.text(), "its text comes first");
    assertEquals(List.of(DiagnosticCode.EMPTY_NUMBERED_LINE), codes(r), "reported");
  }

  @Test
  void parse_repeatedNumbersCountOccurrences() throws ReportParseException {
    // Annex 2, OVD-Info, paragraphs 19, its sub-list, then 15 again.
    ParsedReport r = parse("## Meeting with OVD-Info\n\n15. The source opined.\n19. All NGOs advise"
        + " the following steps:\n  1. Do not sign the summons\n  2. If the summons is signed, do"
        + " not go to the Voenkomat.\n15. The Voenkomat personnel is doing a lot to apply pressure.\n");
    Minutes m = r.minutes().get(0);
    assertEquals(List.of(15, 19, 15), m.numbers(), "numbering restarts at 15");
    assertEquals(2, m.paragraphs(15).get(1).occurrence(), "the second 15 is occurrence 2");
    assertTrue(codes(r).contains(DiagnosticCode.PARAGRAPH_NUMBER_REPEATED), "reported: " + codes(r));
  }

  @Test
  void parse_subHeadingTextWithoutNumberReported() throws ReportParseException {
    // Annex 2, A Russian lawyer specialising in LGBT rights: text before the first sub-heading.
    ParsedReport r = parse("## Meeting with A Russian lawyer specialising in LGBT rights\n\nThe source"
        + " did not have specific numbers of how many LGBT persons that are being drafted as"
        + " conscripts in into the Russian army, as there no existing statistics on this field. However,"
        + " there exists a service.\n\n### Recruitment of LGBT persons to conscription\n\n1. Text.\n");
    assertEquals(List.of(DiagnosticCode.UNNUMBERED_MINUTES_TEXT), codes(r),
        "text that is no paragraph is reported, not dropped");
  }

  @Test
  void parse_minutesDescriptionKept() throws ReportParseException {
    // Annex 2, Huseyn Aliyev.
    ParsedReport r = parse("## Meeting with Huseyn Aliyev\n\n*Senior Lecturer in Security Studies at"
        + " University of Glasgow*\n\n### **New Legislation**\n\n1. Text.\n");
    assertEquals("Senior Lecturer in Security Studies at University of Glasgow",
        r.minutes().get(0).description().orElseThrow(), "the line under the heading");
  }

  @Test
  void parse_minutesFootnoteFlagged() throws ReportParseException {
    // Annex 2, Claus Mathiesen, paragraph 41 and footnote 449.
    ParsedReport r = parse("### Meeting with Claus Mathiesen\n\n41. Conscripts obtain the rank of"
        + " \"efreytor\"<sup>449</sup>.\n\n<sup>449</sup> Efreytor can be translated to a senior"
        + " private.\n");
    assertTrue(r.footnote(449).orElseThrow().inMinutes(), "given inside the minutes");
    assertEquals(449, r.minutes().get(0).paragraphs().get(0).markers().get(0).number(),
        "the paragraph carries the marker");
  }

  @Test
  void parse_cpinNumberedParagraphs() throws ReportParseException {
    // CPIN 7.2.3, and a repeated number (the CPIN numbers 12.3.1 twice).
    ParsedReport r = parse("#### 7.2 Martial law\n\n7.2.3 In July 2025, RBC-Ukraine reported that the"
        + " parliament voted to extend martial law[^11].\n\n‘A quotation.’[^12]\n\n7.2.3 Again.\n\n"
        + "[^11]: RBC-Ukraine, Martial law extended, 2025\n[^12]: Source, Title, 2025\n");
    List<BodyParagraph> numbered = r.numberedParagraphs();
    assertEquals(2, numbered.size(), "two numbered paragraphs");
    assertEquals(List.of(11, 12), numbered.get(0).markers().stream().map(FootnoteMarker::number)
        .collect(Collectors.toList()), "the quotation belongs to the paragraph before it");
    assertEquals(2, numbered.get(1).occurrence(), "the repeated number is occurrence 2");
    assertEquals(List.of(DiagnosticCode.PARAGRAPH_NUMBER_REPEATED), codes(r), "reported");
  }

  @Test
  void parse_markerAndFootnoteMismatchReported() throws ReportParseException {
    ParsedReport r = parse("Text.[^1] More.[^2]\n\n[^1]: One.\n[^3]: Three.\n");
    assertEquals(List.of(DiagnosticCode.MARKER_WITHOUT_FOOTNOTE, DiagnosticCode.FOOTNOTE_WITHOUT_MARKER),
        codes(r), "marker 2 has no footnote, footnote 3 no marker");
  }

  @Test
  void parse_controlCharacterRejectedWithLine() {
    ReportParseException e = assertThrows(ReportParseException.class,
        () -> parse("line one\nline\u0000two\n"));
    assertEquals(2, e.line(), "the line holding the NUL");
  }
}
