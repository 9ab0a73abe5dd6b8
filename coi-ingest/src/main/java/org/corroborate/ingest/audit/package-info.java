/**
 * The citation audit: does every interview citation of a report point at a paragraph of its
 * source's minutes, and does that paragraph say what the statement says?
 *
 * <p>{@link org.corroborate.ingest.audit.CitationAudit#audit} takes a report read by {@link
 * org.corroborate.ingest.evidence.ReportIngest} and returns an {@link
 * org.corroborate.ingest.audit.AuditReport} of {@link org.corroborate.ingest.audit.Finding
 * findings}, each with a {@link org.corroborate.ingest.audit.FindingCode code}, a {@link
 * org.corroborate.ingest.audit.Severity severity}, the statement, the citation, the evidence and,
 * where one paragraph nearby fits better, a suggestion. The content checks compare content words
 * and names, stemmed by the text-analysis stack of {@link org.corroborate.ingest.text} (the
 * search's own), and numbers; they are tuned for precision (a finding should rarely be a false alarm), so a clean audit does not prove
 * every citation right. Quirks the reading resolved (aliases, typos, separators) are diagnostics of
 * the citations, not findings.
 */
package org.corroborate.ingest.audit;
