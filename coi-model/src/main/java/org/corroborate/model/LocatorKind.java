package org.corroborate.model;

/** How a {@link Locator} points into a document. */
public enum LocatorKind {
  /** A numbered paragraph ({@code 82}, or {@code 7.2.5} in reports numbered that way). */
  PARAGRAPH,
  /** A page ({@code 72}). */
  PAGE,
  /** A footnote by its number ({@code 485}). */
  FOOTNOTE,
  /** A numbered section ({@code 6.2}). */
  SECTION,
  /** The whole document: used when a written source is cited without a finer locator. */
  WHOLE_DOCUMENT,
  /**
   * A paragraph counted, not printed: the {@code n}-th published paragraph of interview notes that
   * carry no paragraph numbers (UK Home Office fact-finding-mission notes, where a question and its
   * answer are two paragraphs). The value is the ordinal, from 1.
   */
  PARAGRAPH_ORDINAL
}
