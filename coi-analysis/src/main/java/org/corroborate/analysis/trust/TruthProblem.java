package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A truth-discovery problem: claims, the lines of evidence known to tie sources together, the
 * implication between values (for TruthFinder), their similarity (for AccuSim) and the support a
 * value lends another of a fuller format (for the format-aware votes).
 *
 * <p>A <em>line</em> groups sources known not to be independent — one origin, or one relaying
 * another. A source not named in {@link #lines()} is a line of its own. Methods count a line's
 * agreeing sources once; {@link CopyAwareAccuracy} also infers unknown dependence from the data.
 *
 * <p>The claims are kept sorted ({@link Claim#ORDER}) and distinct; the problem is indexed once,
 * at construction, into arrays in that order, so every method visits objects, values and sources
 * in one fixed order and gives the same result for the same claims whatever order they came in.
 */
public final class TruthProblem {

  private final ImmutableList<Claim> claims;
  private final ImmutableSortedMap<String, String> lines;
  private final Implication implication;
  private final ValueSimilarity similarity;
  private final ValueSupport support;

  // The index, computed eagerly. Objects, values within an object, and sources in string order.
  final String[] sources;
  final String[] objects;
  /** For each object, its distinct values in string order. */
  final String[][] values;
  /** For each object and value, the sources claiming it, as indices into {@link #sources}. */
  final int[][][] claimants;
  /** For each source, its claims as (object, value-index) pairs. */
  final int[][] claimObject;
  final int[][] claimValue;
  /** For each source, the index of its line (the line's first source in string order). */
  final int[] lineOf;

  private TruthProblem(Collection<Claim> claims, Map<String, String> lines,
      Implication implication, ValueSimilarity similarity, ValueSupport support) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(lines, "lines");
    this.implication = Objects.requireNonNull(implication, "implication");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.support = Objects.requireNonNull(support, "support");
    TreeSet<Claim> sorted = new TreeSet<>(Claim.ORDER);
    for (Claim c : claims) {
      Objects.requireNonNull(c, "claim");
      checkArgument(sorted.add(c), "claim given twice: %s", c);
    }
    lines.forEach((source, line) -> {
      Objects.requireNonNull(source, "line source");
      Objects.requireNonNull(line, "line of source " + source);
      checkArgument(!line.isBlank(), "line of source '%s' is blank", source);
    });
    this.claims = ImmutableList.copyOf(sorted);
    this.lines = ImmutableSortedMap.copyOf(lines);

    TreeSet<String> sourceNames = new TreeSet<>();
    TreeMap<String, TreeMap<String, List<String>>> byObject = new TreeMap<>();
    for (Claim c : sorted) {
      sourceNames.add(c.source());
      byObject.computeIfAbsent(c.object(), o -> new TreeMap<>())
          .computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c.source());
    }
    sources = sourceNames.toArray(String[]::new);
    Map<String, Integer> sourceIndex = new HashMap<>();
    for (int s = 0; s < sources.length; s++) {
      sourceIndex.put(sources[s], s);
    }
    objects = byObject.keySet().toArray(String[]::new);
    values = new String[objects.length][];
    claimants = new int[objects.length][][];
    int[] claimCount = new int[sources.length];
    for (int o = 0; o < objects.length; o++) {
      TreeMap<String, List<String>> vs = byObject.get(objects[o]);
      values[o] = vs.keySet().toArray(String[]::new);
      claimants[o] = new int[values[o].length][];
      for (int v = 0; v < values[o].length; v++) {
        List<String> names = new ArrayList<>(new TreeSet<>(vs.get(values[o][v])));
        claimants[o][v] = names.stream().mapToInt(sourceIndex::get).toArray();
        for (int s : claimants[o][v]) {
          claimCount[s]++;
        }
      }
    }
    claimObject = new int[sources.length][];
    claimValue = new int[sources.length][];
    for (int s = 0; s < sources.length; s++) {
      claimObject[s] = new int[claimCount[s]];
      claimValue[s] = new int[claimCount[s]];
    }
    int[] filled = new int[sources.length];
    for (int o = 0; o < objects.length; o++) {
      for (int v = 0; v < values[o].length; v++) {
        for (int s : claimants[o][v]) {
          claimObject[s][filled[s]] = o;
          claimValue[s][filled[s]] = v;
          filled[s]++;
        }
      }
    }
    Map<String, Integer> firstOfLine = new HashMap<>();
    lineOf = new int[sources.length];
    for (int s = 0; s < sources.length; s++) {
      final int source = s;
      String line = this.lines.getOrDefault(sources[s], "source:" + sources[s]);
      lineOf[s] = firstOfLine.computeIfAbsent(line, l -> source);
    }
  }

  /** A problem of independent sources whose values imply nothing about one another. */
  public static TruthProblem of(Collection<Claim> claims) {
    return new TruthProblem(claims, Map.of(), Implication.NONE, ValueSimilarity.NONE,
        ValueSupport.NONE);
  }

  /** This problem with the known lines {@code sourceToLine} instead of its own. */
  public TruthProblem withLines(Map<String, String> sourceToLine) {
    return new TruthProblem(claims, sourceToLine, implication, similarity, support);
  }

  /** This problem with the implication {@code newImplication} between values. */
  public TruthProblem withImplication(Implication newImplication) {
    return new TruthProblem(claims, lines, newImplication, similarity, support);
  }

  /** This problem with the similarity {@code newSimilarity} between values (for AccuSim). */
  public TruthProblem withSimilarity(ValueSimilarity newSimilarity) {
    return new TruthProblem(claims, lines, implication, newSimilarity, support);
  }

  /**
   * This problem with the format support {@code newSupport} between values (a partial list
   * supports the full list; for the format-aware votes of {@link CopyAwareAccuracy} and {@link
   * TruthFinder}).
   */
  public TruthProblem withSupport(ValueSupport newSupport) {
    return new TruthProblem(claims, lines, implication, similarity, newSupport);
  }

  /** The format support between values of one object; {@link ValueSupport#NONE} unless set. */
  public ValueSupport support() {
    return support;
  }

  /** The similarity between values of one object; {@link ValueSimilarity#NONE} unless set. */
  public ValueSimilarity similarity() {
    return similarity;
  }

  /** The claims, distinct, in {@link Claim#ORDER}. */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /** The known line of each source that has one; other sources are lines of their own. */
  public ImmutableSortedMap<String, String> lines() {
    return lines;
  }

  /** The implication between values of one object. */
  public Implication implication() {
    return implication;
  }

  /** The number of distinct sources. */
  public int sourceCount() {
    return sources.length;
  }

  /** The number of distinct objects. */
  public int objectCount() {
    return objects.length;
  }

  /** Whether sources {@code a} and {@code b} (indices) are known to be one line. */
  boolean sameLine(int a, int b) {
    return lineOf[a] == lineOf[b];
  }

  @Override
  public String toString() {
    return "TruthProblem[" + claims.size() + " claims, " + objects.length + " objects, "
        + sources.length + " sources, " + lines.size() + " sources in known lines]";
  }
}
