package org.corroborate.ingest.audit;

/**
 * What a {@link Finding} is about. Codes are stable UPPER_SNAKE tokens that other tools may read.
 * The first group concerns whether a citation points at something; the second whether what it
 * points at says what the statement says, by its words; the third, found only when an evidence
 * base encoded from the cited passages is given ({@link CitedEvidenceReading}), whether the
 * statement claims what the encoded assertions say.
 */
public enum FindingCode {
  // Does the citation point at a paragraph?

  /** The citation names no source with minutes in the report. */
  UNRESOLVED_SOURCE,
  /** The cited paragraph does not exist in the source's minutes. */
  NONEXISTENT_PARAGRAPH,
  /** The cited number occurs more than once in the minutes and the statement does not tell which. */
  AMBIGUOUS_PARAGRAPH,
  /** The same paragraph of the same source is cited twice in one footnote. */
  DUPLICATE_CITATION,
  /** A source is cited without any paragraph, so the statement cannot be traced. */
  SOURCE_WITHOUT_PARAGRAPH,

  // Does the paragraph say what the statement says?

  /** A number or percentage of the statement occurs in no paragraph the footnote cites. */
  NUMBER_NOT_IN_CITED_PARAGRAPH,
  /** A paragraph next to the cited one (±1, ±2) supports the statement far better. */
  PROBABLY_SHIFTED_CITATION,
  /** The cited paragraphs of a source share almost none of the statement's content words. */
  CONTENT_NOT_IN_CITED_PARAGRAPH,

  // Does the statement claim what the evidence base encodes of the cited passages?

  /** The statement's polarity is opposite to the encoded stance of the assertion it matches. */
  CONTRADICTS_CITED,
  /** The statement's figure is not the value encoded for the assertion it matches. */
  NUMBER_DIFFERS,
  /** No assertion on the cited passages matches the statement; one on another paragraph does. */
  NOT_ABOUT_CITED
}
