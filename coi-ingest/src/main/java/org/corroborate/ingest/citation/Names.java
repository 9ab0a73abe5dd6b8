package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparing names as reports write them: case, spacing, emphasis and quotes do not count. */
final class Names {

  private static final Pattern NOISE = Pattern.compile("[*_\"“”«»]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Names() {}

  /** Lower case ({@link Locale#ROOT}), NFKC, emphasis and quotes removed, white space collapsed. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
    n = NOISE.matcher(n).replaceAll(" ");
    n = SPACE.matcher(n).replaceAll(" ").strip();
    while (n.endsWith(".") || n.endsWith(",")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n.toLowerCase(Locale.ROOT);
  }

  /** The words of {@link #key}. */
  static ImmutableList<String> words(String name) {
    String k = key(name);
    return k.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(Arrays.asList(k.split(" ")));
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b}, stopping early once it exceeds
   * {@code limit} (then returning {@code limit + 1}). O(|a|·|b|) time, O(|b|) space.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int best = row[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        best = Math.min(best, row[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = previous;
      previous = row;
      row = t;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
