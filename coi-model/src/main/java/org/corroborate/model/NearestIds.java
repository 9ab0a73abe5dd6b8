package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * The known ids nearest to one that is not known: for "no topic 'awool'", the suggestions {@code
 * awol}, …
 *
 * <p>Nearness is the optimal-string-alignment distance, the edit distance of Levenshtein (1966,
 * <i>Binary codes capable of correcting deletions, insertions, and reversals</i>, Soviet Physics
 * Doklady 10(8)) with the transposition of two adjacent characters counted as one edit, as
 * Damerau proposed (1964, <i>A technique for computer detection and correction of spelling
 * errors</i>, doi:10.1145/363958.363994); letters are compared in lower case. Ties are broken by
 * id. O(n · a · b) for n ids of length at most b and an asked id of length a.
 */
public final class NearestIds {

  /** How many ids a message suggests. */
  public static final int SUGGESTED = 3;

  private NearestIds() {}

  /**
   * The at most {@code count} ids of {@code known} nearest to {@code asked}, nearest first, ties
   * by id; duplicates in {@code known} count once.
   */
  public static ImmutableList<String> nearest(String asked, Collection<String> known, int count) {
    Objects.requireNonNull(asked, "asked id");
    Objects.requireNonNull(known, "known ids");
    checkArgument(count >= 0, "the number of ids must not be negative: %s", count);
    String a = asked.toLowerCase(Locale.ROOT);
    record Scored(String id, int distance) {}
    return known.stream().distinct()
        .map(id -> new Scored(id, distance(a, id.toLowerCase(Locale.ROOT))))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
        .limit(count)
        .map(Scored::id)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The optimal-string-alignment distance between {@code a} and {@code b}: the fewest insertions,
   * deletions, substitutions and transpositions of adjacent characters that turn one into the
   * other, no substring edited twice. Symmetric; 0 exactly for equal strings. O(|a| · |b|).
   */
  public static int distance(CharSequence a, CharSequence b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
