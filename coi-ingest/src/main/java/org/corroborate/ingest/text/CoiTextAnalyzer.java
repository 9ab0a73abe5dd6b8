package org.corroborate.ingest.text;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The index-time analyzer for English COI text: Unicode word breaks (UAX #29, Lucene's {@code
 * StandardTokenizer}; "call-up" is two words, "2,000" one), English possessives dropped, lower
 * case, accents folded to ASCII ("Zaporizhzhia" as written, "Tiraspol" for "Tiraspól"), Lucene's
 * English stop words removed, British and American spellings brought together ("mobilisation",
 * "mobilization"; "defence", "defense"; "centre", "center"), then Porter stemming (Porter 1980,
 * <i>An algorithm for suffix stripping</i>, doi:10.1108/eb046814): "conscripts", "conscripted"
 * and "conscription" all become {@code conscript}.
 *
 * <p>Immutable and safe for concurrent use (each thread reuses its own token stream). Analysing a
 * text takes O(its length).
 */
public final class CoiTextAnalyzer extends Analyzer {

  /** A gap between the values of a multi-valued field, so no phrase spans two of them. */
  public static final int VALUE_GAP = 100;

  private CoiTextAnalyzer() {}

  /** The analyzer. */
  public static CoiTextAnalyzer create() {
    return new CoiTextAnalyzer();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, EnglishChain.filter(source));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }

  /**
   * The terms of {@code text}, in order, each with the characters of {@code text} it was read
   * from. O(length of the text).
   */
  public ImmutableList<AnalyzedTerm> terms(String text) {
    Objects.requireNonNull(text, "text");
    ImmutableList.Builder<AnalyzedTerm> out = ImmutableList.builder();
    try (TokenStream tokens = tokenStream("", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(new AnalyzedTerm(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out.build();
  }

  /** The stems of {@code text} only, in order; see {@link #terms}. */
  public ImmutableList<String> stems(String text) {
    return terms(text).stream().map(AnalyzedTerm::term).collect(ImmutableList.toImmutableList());
  }
}
