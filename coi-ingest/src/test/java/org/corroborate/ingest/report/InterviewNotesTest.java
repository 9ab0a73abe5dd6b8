package org.corroborate.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ReportParseException;
import org.junit.jupiter.api.Test;

/**
 * Interview notes without paragraph numbers, in the style of UK Home Office fact-finding-mission
 * reports (excerpts shaped like the Albania blood-feuds report, January 2023, names changed).
 */
final class InterviewNotesTest {

  private static ParsedReport parse(String text) throws ReportParseException {
    return new ReportParser().parse(text);
  }

  private static final String TWO_SOURCES = """
      ## Interview notes

      ### Rights Watch

      Date: 21 November 2022

      Meeting with: Rights Watch – an official

      Present in the meeting: 3 representatives.

      ### Interview

      Q. Is there a register?

      A. No register is kept.

      Port Authority Date: 22 November 2022

      Organisation meeting with: Official from the Port Authority

      ### Interview

      Q. How many cases?
      A. In the following years:

      - 2013 – 4
      - 2014 – 1

      A statement after the list.

      ## Version control

      Below is information on when this note was cleared.
      """;

  @Test
  void parse_notesWithAndWithoutOwnHeading_eachASource() throws ReportParseException {
    ParsedReport r = parse(TWO_SOURCES);
    assertEquals(List.of("Rights Watch", "Port Authority"),
        r.minutes().stream().map(Minutes::interlocutor).toList(),
        "one source has its own heading, the other runs its name into the Date: line");
    assertEquals(List.of(3, 17), r.minutes().stream().map(Minutes::line).toList(),
        "the notes start at their own heading, else at the date line");
    assertEquals(Optional.of("22 November 2022"), r.minutes().get(1).date(), "the meeting date");
    assertEquals("Organisation meeting with: Official from the Port Authority",
        r.minutes().get(1).heading(), "a word before 'meeting with:' is allowed");
    assertTrue(r.minutes().stream().allMatch(m -> m.numbering() == ParagraphNumbering.ORDINAL),
        "notes are addressed by ordinal");
  }

  @Test
  void parse_questionAndAnswer_twoOrdinals() throws ReportParseException {
    ParsedReport r = parse(TWO_SOURCES);
    assertEquals(List.of("Present in the meeting: 3 representatives.", "Q. Is there a register?",
        "A. No register is kept."),
        r.minutes().get(0).paragraphs().stream().map(MinutesParagraph::text).toList(),
        "each published paragraph is one ordinal; headings are not paragraphs");
    assertEquals(List.of(1, 2, 3), r.minutes().get(0).numbers(), "ordinals from 1");
  }

  @Test
  void parse_answerOnTheNextLineAndAList_readAsPublished() throws ReportParseException {
    List<MinutesParagraph> p = parse(TWO_SOURCES).minutes().get(1).paragraphs();
    assertEquals(List.of("Q. How many cases?", "A. In the following years:\n- 2013 – 4\n- 2014 – 1",
        "A statement after the list."), p.stream().map(MinutesParagraph::text).toList(),
        "an A. line starts a paragraph even without a blank line; a list belongs to the paragraph"
            + " before it; the notes end at the heading that closes the interview notes");
  }

  @Test
  void parse_bodyBeforeAndAfterNotes_notInTheNotes() throws ReportParseException {
    ParsedReport r = parse(TWO_SOURCES);
    assertTrue(r.body().stream().anyMatch(b -> b.text().startsWith("Below is information")),
        "text after the notes is body again: " + r.body());
  }

  @Test
  void parse_dateLineWithoutMeetingWith_notNotes() throws ReportParseException {
    ParsedReport r = parse("## Publication\n\nDate: 21 November 2022\n\nQ. A question in prose?\n");
    assertEquals(List.of(), r.minutes(), "a date line alone does not open notes");
  }
}
