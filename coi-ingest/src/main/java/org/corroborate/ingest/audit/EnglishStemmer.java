package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * A small suffix-stripping stemmer for English, enough to let {@code posted}, {@code posting} and
 * {@code posts} meet, or {@code mobilised}, {@code mobilization} and {@code mobilisation}.
 *
 * <p>The rules, applied once each in this order to the lower-cased word (with {@link Locale#ROOT}):
 * <ol>
 *   <li>a possessive {@code 's} or {@code ’s} is dropped;
 *   <li>{@code iz} is spelt {@code is} (American and British spellings meet);
 *   <li>the longest of {@link #SUFFIXES} that leaves a stem of at least {@link #MIN_STEM} letters
 *       is removed ({@code ies} and {@code ied} become {@code y});
 *   <li>a final {@code e} is dropped when {@link #MIN_STEM} letters remain;
 *   <li>a doubled final consonant is made single ({@code planned} → {@code plann} → {@code plan}).
 * </ol>
 * It over- and under-stems now and then ({@code general} and {@code generation} both become
 * {@code gener}); {@code -er} is kept, since it ends more stems ({@code transfer}, {@code order})
 * than agent nouns. The audit only compares stems of one text with those of another, so the same
 * error on both sides does no harm. A word shorter than {@link #MIN_STEM} letters is returned
 * lower-cased. Porter (1980), <i>An algorithm for suffix stripping</i>, doi:10.1108/eb046814, is
 * the model; this is a much reduced form of its steps 1 and 2. O(length of the word).
 */
public final class EnglishStemmer {

  /** The fewest letters a stem keeps. */
  public static final int MIN_STEM = 3;

  /** The suffixes removed; the longest that fits is taken. */
  public static final ImmutableList<String> SUFFIXES = ImmutableList.of(
      "isations", "isation", "ising", "ised", "ises", "ise", "ations", "ation", "ements", "ement",
      "ments", "ment", "ings", "ness",
      "ions", "ities", "ity", "ists", "ist", "ism", "ing", "ion", "ies", "ied", "ful",
      "ive", "ous", "ally", "ly", "ed", "es", "al", "s");

  private EnglishStemmer() {}

  /** The stem of {@code word}. */
  public static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    w = w.replace("iz", "is");
    if (w.length() <= MIN_STEM) {
      return w;
    }
    String longest = "";
    for (String suffix : SUFFIXES) {
      if (suffix.length() > longest.length() && w.endsWith(suffix)
          && w.length() - suffix.length() >= MIN_STEM
          && !(suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")))) {
        longest = suffix;
      }
    }
    if (!longest.isEmpty()) {
      w = w.substring(0, w.length() - longest.length())
          + (longest.equals("ies") || longest.equals("ied") ? "y" : "");
    }
    if (w.endsWith("e") && w.length() - 1 >= MIN_STEM) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > MIN_STEM && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w.charAt(n - 1))
        && w.charAt(n - 1) != 's' && w.charAt(n - 1) != 'l') {
      w = w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiouy".indexOf(c) < 0;
  }
}
