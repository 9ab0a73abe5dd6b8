package org.corroborate.cli;

/** Output formats of {@code coi analyze}. */
enum Format {
  /** Text for a terminal, wrapped at 100 columns. */
  TEXT,
  /** JSON for other tools; see the README for its fields. */
  JSON,
  /** Markdown to paste into a report, with footnotes citing the minutes in the EUAA manner. */
  MARKDOWN,
  /** One self-contained HTML page: tables per topic and the graph of the disputes as inline SVG. */
  HTML
}
