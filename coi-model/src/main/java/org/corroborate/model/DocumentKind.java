package org.corroborate.model;

/** What kind of record a {@link Document} is. */
public enum DocumentKind {
  /** The minutes of a meeting with an interview source, written by the mission's researchers. */
  MINUTES,
  /** A written source: an article, a report, a post, a law. */
  WRITTEN,
  /** A COI report itself, whose body paragraphs and footnotes can be cited as passages. */
  REPORT
}
