package org.corroborate.ingest.text;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query-time analyzer: the chain of {@link CoiTextAnalyzer}, then the COI synonyms as a token
 * graph (Lucene's {@code SynonymGraphFilter}), so a multi-word synonym is one path of the graph:
 * "call-up papers" becomes {@code summon} or {@code call up paper} or {@code povestka}…, and a
 * query parser turns each path into its own clause.
 *
 * <p>Immutable and safe for concurrent use. Analysing a query takes O(its length × the longest
 * synonym), the synonym map being a finite-state transducer.
 */
public final class CoiQueryAnalyzer extends Analyzer {

  private final SynonymMap synonyms;

  private CoiQueryAnalyzer(SynonymMap synonyms) {
    this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
  }

  /** The analyzer with the bundled COI synonym list ({@link CoiSynonyms#bundled()}). */
  public static CoiQueryAnalyzer create() {
    return new CoiQueryAnalyzer(CoiSynonyms.bundled());
  }

  /** The analyzer with the synonyms {@code synonyms} (from {@link CoiSynonyms#parse}). */
  public static CoiQueryAnalyzer withSynonyms(SynonymMap synonyms) {
    return new CoiQueryAnalyzer(synonyms);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream chain = EnglishChain.filter(source);
    return new TokenStreamComponents(source, new SynonymGraphFilter(chain, synonyms, true));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return CoiTextAnalyzer.VALUE_GAP;
  }
}
