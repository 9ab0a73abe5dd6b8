/**
 * The structure of a report, found line by line without knowing the report: numbered sections,
 * body paragraphs with the footnote markers they carry, footnotes, and the meeting minutes of
 * Annex-style "Meeting with …" sections with their numbered paragraphs.
 *
 * <p>{@link org.corroborate.ingest.report.ReportParser} reads the two families of Markdown
 * renderings met in practice: EUAA-methodology fact-finding reports (DIS, Landinfo, EUAA, ACCORD:
 * {@code <sup>N</sup>} markers and footnote lines, minutes with numbered paragraphs) and Home Office
 * CPINs ({@code [^N]} markers and footnotes, paragraphs numbered {@code 7.2.5}). The result, a
 * {@link org.corroborate.ingest.report.ParsedReport}, is immutable; every quirk the parser had to
 * work around is one of its {@link org.corroborate.ingest.Diagnostic diagnostics}.
 */
package org.corroborate.ingest.report;
