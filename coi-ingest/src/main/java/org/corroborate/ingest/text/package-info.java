/**
 * One text-analysis stack for English country-of-origin text, shared by the search and the
 * citation audit: how a text becomes the terms that are indexed and compared.
 *
 * <p>{@link org.corroborate.ingest.text.CoiTextAnalyzer} is the index-time chain (Unicode word
 * breaks, English possessives, lower case, ASCII folding, stop words, British and American
 * spellings brought together, Porter stemming). {@link org.corroborate.ingest.text.CoiQueryAnalyzer}
 * is the same chain followed by the COI synonym list ({@link
 * org.corroborate.ingest.text.CoiSynonyms}): "call-up papers" finds "summons", "AWOL" finds
 * "desertion". Synonyms are applied at query time only, so the index holds what the sources wrote.
 *
 * <p>Both analyzers are Apache Lucene {@link org.apache.lucene.analysis.Analyzer analyzers}: safe
 * for concurrent use, each thread reusing its own token streams.
 */
package org.corroborate.ingest.text;
