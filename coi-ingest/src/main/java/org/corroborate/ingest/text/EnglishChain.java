package org.corroborate.ingest.text;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;

/**
 * The filters of the English chain, in order, after a {@code StandardTokenizer}: shared by the
 * index-time and the query-time analyzer so that both produce the same terms.
 */
final class EnglishChain {

  /**
   * British {@code -ise}, {@code -isation}, {@code -iser} spelt as American {@code -ize}, {@code
   * -ization}, {@code -izer}, when at least three letters come before: "mobilisation" and
   * "mobilization" meet (Porter's stemmer knows only the American suffixes). Words such as
   * "promise" are respelt too, on every side alike, which does no harm to a comparison.
   */
  static final Pattern ISE = Pattern.compile("^(\\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$");

  /** British {@code -yse} spelt {@code -yze}: "analysed" and "analyzed" meet. */
  static final Pattern YSE = Pattern.compile("^(\\p{L}{2,})ys(e|es|ed|ing)$");

  /** British {@code -our} spelt {@code -or}: "labour", "behaviour", "favourable". */
  static final Pattern OUR = Pattern.compile("^(\\p{L}{2,})our(s|ed|ing|able|ite|ites)?$");

  /** British {@code -tre} spelt {@code -ter}: "centre", "kilometres". */
  static final Pattern TRE = Pattern.compile("^(\\p{L}{2,})tre(s|d)?$");

  /** British {@code -ence} spelt {@code -ense} after "fen" or "cen": "defence", "offence", "licence". */
  static final Pattern ENCE = Pattern.compile("^(\\p{L}*(?:fen|cen))ce(s)?$");

  private EnglishChain() {}

  /**
   * Possessives dropped, lower case ({@link java.util.Locale#ROOT} rules), accents folded to
   * ASCII, stop words ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}) removed, spellings brought
   * together and Porter stemming: Porter (1980), <i>An algorithm for suffix stripping</i>,
   * doi:10.1108/eb046814. O(length of the text).
   */
  static TokenStream filter(TokenStream tokens) {
    TokenStream t = new EnglishPossessiveFilter(tokens);
    t = new LowerCaseFilter(t);
    t = new ASCIIFoldingFilter(t);
    t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    t = new PatternReplaceFilter(t, ISE, "$1iz$2", false);
    t = new PatternReplaceFilter(t, YSE, "$1yz$2", false);
    t = new PatternReplaceFilter(t, OUR, "$1or$2", false);
    t = new PatternReplaceFilter(t, TRE, "$1ter$2", false);
    t = new PatternReplaceFilter(t, ENCE, "$1se$2", false);
    return new PorterStemFilter(t);
  }
}
