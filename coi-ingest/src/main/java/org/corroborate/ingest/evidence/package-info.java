/**
 * From a read report to model values: {@link org.corroborate.ingest.evidence.ReportIngest} runs
 * the reading steps in one call and {@link org.corroborate.ingest.evidence.IngestedReport#evidence}
 * gives the {@link org.corroborate.model.EvidenceBase} skeleton (sources, minutes documents and
 * their paragraphs as passages) that annotators then fill with propositions and assertions.
 */
package org.corroborate.ingest.evidence;
