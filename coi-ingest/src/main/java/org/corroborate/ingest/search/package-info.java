/**
 * Finding your way in an evidence base: which propositions answer a caseworker's words, with the
 * quotes that say so, and which ids come nearest to one mistyped.
 *
 * <p>{@link org.corroborate.ingest.search.EvidenceSearch} indexes an {@link
 * org.corroborate.model.EvidenceBase} in memory with Apache Lucene: one document per proposition
 * (its text, the labels of its topic and the topics above, its ids, the quotes of the assertions
 * on it) and one per quote. A query is read by the query-time analyzer of {@link
 * org.corroborate.ingest.text}, so the COI synonyms apply ("draft dodger" finds "evasion"), and
 * ranked by BM25 (Robertson and Zaragoza 2009). Results are {@link
 * org.corroborate.ingest.search.SearchResult propositions}, best first, each with the {@link
 * org.corroborate.ingest.search.QuoteMatch quotes} that match, highlighted.
 *
 * <p>The ids nearest to an unknown one, for messages such as "no topic 'awool'; nearest: awol, …",
 * come from {@link org.corroborate.model.NearestIds}.
 */
package org.corroborate.ingest.search;
