/**
 * Who is cited where: the source registry derived from a report's minutes, and every footnote read
 * into interview citations ({@code Huseyn Aliyev: 82}) and written-source references (outlet,
 * title, date, locator).
 *
 * <p>{@link org.corroborate.ingest.citation.SourceRegistry} makes one source per minutes section
 * (id from the name part of the heading, kind from the heading's words), completed by an optional
 * {@link org.corroborate.ingest.citation.AliasFile}. {@link
 * org.corroborate.ingest.citation.CitationParser} reads each footnote against it, resolving names
 * written otherwise (aliases, shortened names, typos within {@link
 * org.corroborate.ingest.citation.SourceRegistry#TYPO_MAX_DISTANCE_RATIO}), paragraph lists written
 * with any separator or spacing, and paragraph numbers that occur twice in a source's minutes
 * (chosen by the statement's content within {@link
 * org.corroborate.ingest.citation.CitationParser#OCCURRENCE_MARGIN}, else reported ambiguous). Each
 * such step leaves a {@link org.corroborate.ingest.Diagnostic} on the footnote.
 */
package org.corroborate.ingest.citation;
