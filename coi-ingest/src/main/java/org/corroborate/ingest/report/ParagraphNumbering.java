package org.corroborate.ingest.report;

/** How the paragraphs of a {@link Minutes} section are addressed. */
public enum ParagraphNumbering {
  /**
   * By the number printed before each paragraph ({@code 82. text}), as in the annexes of minutes of
   * EUAA-methodology fact-finding reports (DIS, Landinfo); numbers may repeat or skip.
   */
  PRINTED,
  /**
   * By ordinal: the notes print no numbers, so each published paragraph is counted from 1 after
   * the notes' "Date:" and "Meeting with:" lines, as in UK Home Office fact-finding-mission notes
   * (a "Q." and its "A." are two paragraphs; a list belongs to the paragraph before it).
   */
  ORDINAL
}
