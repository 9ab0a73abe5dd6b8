package org.corroborate.ingest.audit;

/** How much a {@link Finding} matters to a reviewer. */
public enum Severity {
  /** The citation cannot be right as written: the source or paragraph does not exist, or the
   * statement gives a number no cited paragraph gives. */
  ERROR,
  /** The citation is probably wrong or cannot be traced to one paragraph; read the minutes. */
  WARNING,
  /** Worth a look, but often harmless: a repeated citation, a year or a number that a written
   * source in the same footnote may give. */
  INFO
}
