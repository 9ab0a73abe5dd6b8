package org.corroborate.ingest;

/**
 * What a {@link Diagnostic} is about. Codes are stable UPPER_SNAKE tokens that other tools may
 * read; the first group concerns a report's structure, the second the citations in its footnotes.
 */
public enum DiagnosticCode {
  // Structure

  /** A repeated all-capitals heading (a running page header) was skipped. */
  PAGE_HEADER_SKIPPED,
  /** A footnote marker was written as a bare number instead of {@code <sup>N</sup>}. */
  MARKER_WITHOUT_SUP,
  /** A footnote marker points at a footnote the report does not give. */
  MARKER_WITHOUT_FOOTNOTE,
  /** A footnote is given but no marker in the report points at it. */
  FOOTNOTE_WITHOUT_MARKER,
  /** Two footnotes carry the same number; the first is kept, the later one reported. */
  DUPLICATE_FOOTNOTE,
  /** A footnote has no text. */
  EMPTY_FOOTNOTE,
  /** A numbered line indented like a nested list item continues the numbering: a paragraph. */
  INDENTED_PARAGRAPH,
  /** An indented numbered list inside a paragraph was kept as part of that paragraph's text. */
  SUB_LIST_IN_PARAGRAPH,
  /** A numbered line without text took the unnumbered text just before it. */
  EMPTY_NUMBERED_LINE,
  /** Text in a minutes section belongs to no numbered paragraph. */
  UNNUMBERED_MINUTES_TEXT,
  /** A paragraph number occurs again in the same document; occurrences are counted. */
  PARAGRAPH_NUMBER_REPEATED,
  /** A body paragraph's number ends with a dot ({@code 4.5.5. See}) or runs into its text ({@code 7.2.5The}). */
  ODD_PARAGRAPH_NUMBER,
  /** Paragraph numbering skips numbers or goes back. */
  PARAGRAPH_NUMBERING_IRREGULAR,
  /**
   * A footnote definition inside a fenced code block ({@code ```} or {@code ~~~}) was not read as
   * a footnote; its line is kept as text of the block.
   */
  FOOTNOTE_IN_CODE_BLOCK,
  /**
   * A footnote marker or definition, or a paragraph or section number, has more digits than the
   * reader accepts; the text is kept but not read as a number.
   */
  NUMBER_TOO_LONG,
  /**
   * The report ends inside a structure: a code block or HTML comment never closed, a table row or
   * a footnote cut off; what was read up to the end is kept.
   */
  TRUNCATED_INPUT,
  /** Two minutes sections give the same source name. */
  DUPLICATE_SOURCE,
  /** A minutes heading gives no name from which an id can be made. */
  SOURCE_WITHOUT_ID,
  /** No word of a minutes heading or its description tells what kind of source it is. */
  SOURCE_KIND_UNKNOWN,

  // Citations

  /** A source was cited under another name (alias file, shortened name, name with description). */
  ALIAS_RESOLVED,
  /** A misspelt source name was corrected to the registered name it is closest to. */
  TYPO_CORRECTED,
  /** A source name is not separated from its paragraphs by {@code ": "}. */
  IRREGULAR_SEPARATOR,
  /** A paragraph range is written with odd spacing or punctuation ({@code 41 -42}, {@code 27, -29}). */
  ODD_RANGE_SPACING,
  /** Paragraphs are joined with {@code +}. */
  PLUS_JOIN,
  /** Two interview citations are separated by a comma instead of a semicolon. */
  CITATIONS_JOINED_BY_COMMA,
  /** An interview citation follows a written-source reference after a comma. */
  CITATION_AFTER_WRITTEN_REFERENCE,
  /** A range runs backwards or is implausibly long; it was not expanded. */
  INVALID_RANGE,
  /** A source is named without any paragraph. */
  SOURCE_WITHOUT_PARAGRAPH,
  /** The same source and paragraph are cited twice in one footnote. */
  DUPLICATE_CITATION,
  /** A cited paragraph does not exist in the source's minutes. */
  NONEXISTENT_PARAGRAPH,
  /** A cited paragraph number occurs more than once in the minutes and the statement does not tell which. */
  AMBIGUOUS_PARAGRAPH,
  /** A cited paragraph number occurs more than once; the statement's content chose the occurrence. */
  OCCURRENCE_RESOLVED_BY_CONTENT,
  /** A citation names a source that is not in the registry. */
  UNRESOLVED_SOURCE,
  /**
   * A citation has the form of an interview citation ({@code Name: 12}) but the report holds no
   * minutes of that name (minutes missing, for example an annex left out).
   */
  MINUTES_MISSING,
  /** A written source's outlet has the name of an interview source; it is not that interview. */
  OUTLET_NAMED_LIKE_SOURCE,
  /** Prose in a footnote names an interview source without citing it. */
  SOURCE_NAMED_IN_PROSE,
  /** Part of a footnote could not be read as a citation, a reference or prose. */
  UNREADABLE_CITATION,
  /**
   * A written reference could be split two ways (outlet and title, a ';' inside a title or between
   * two references, a date with two days); the message names the reading taken and the other.
   */
  UNCERTAIN_REFERENCE_SPLIT
}
