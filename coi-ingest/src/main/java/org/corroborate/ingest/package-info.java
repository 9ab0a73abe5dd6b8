/**
 * Reading country-of-origin reports into data: the vocabulary shared by the reading steps.
 *
 * <p>A report is read in three steps, each in its own package: {@link
 * org.corroborate.ingest.report} finds its structure (numbered sections, body paragraphs with the
 * footnote markers they carry, footnotes, meeting minutes with numbered paragraphs); {@link
 * org.corroborate.ingest.citation} derives the source registry from the minutes headings and reads
 * every footnote into interview citations and written-source references; {@link
 * org.corroborate.ingest.evidence} turns the result into model values ready for annotation.
 *
 * <p>Real reports are messy. Every quirk met on the way (an alias, a typo, a marker written
 * without {@code <sup>}, a repeated paragraph number) becomes a {@link
 * org.corroborate.ingest.Diagnostic}: a value with a {@link org.corroborate.ingest.DiagnosticCode},
 * a message and a location, never a log line. Nothing is dropped silently. Only input that is not
 * text at all is rejected, with a {@link org.corroborate.ingest.ReportParseException} naming the
 * line.
 */
package org.corroborate.ingest;
