package org.corroborate.analysis.trust;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.Assertion;
import org.corroborate.model.Category;
import org.corroborate.model.Hedge;
import org.corroborate.model.Source;
import org.corroborate.model.Stance;
import org.corroborate.model.EvidenceBase;

/**
 * An evidence base as a truth-discovery problem. Each proposition is an object, and a source
 * claims on it what its assertions bear on it ({@link BearingDerivation}), directly or derived, as
 * the analysis counts them: an assertion that conscripts are posted in Donetsk affirms that they
 * are posted in the regions annexed in 2022, and a denial of a wider scope denies a narrower one.
 * A value assertion claims its quantity (in interval notation, {@code value:[13, ∞) person}); an
 * assertion that
 * gives a {@link Category} (on a categorical proposition) claims the category, written as its
 * members in their natural order separated by {@code |} ({@code air force|army|navy}; see {@link
 * #categoryValue(Category)}), so equal categories are one value and {@link
 * Implication#setOverlap(double)} and {@link ValueSimilarity#jaccard()} read it as a set; an
 * assertion that affirms or denies claims {@code affirms} or {@code denies}. An "uncertain" stance or an absence
 * of evidence claims nothing: it is no answer to the question. A source asserting the same value
 * twice claims it once.
 *
 * <p>Known lines come from the model: sources sharing an {@link Source#origin()} are one line, and
 * a source that relays another (a reported-by basis) joins that source's line — for all its claims,
 * the cautious reading, since a relay shows a channel between the two. O(B + A α(A)) for A
 * assertions and B bearings, plus sorting, plus the derivation when it is not given.
 */
public final class EvidenceClaims {

  /** The value claimed by an assertion that affirms. */
  public static final String AFFIRMS = "affirms";

  /** The value claimed by an assertion that denies. */
  public static final String DENIES = "denies";

  private EvidenceClaims() {}

  /**
   * The claims and known lines of {@code evidence}, without implication between values; the
   * bearings are derived here ({@link BearingDerivation#of(EvidenceBase)}).
   */
  public static TruthProblem of(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    return of(evidence, BearingDerivation.of(evidence));
  }

  /**
   * The claims and known lines of {@code evidence}, with the bearings of {@code derivation} (for
   * example an {@link org.corroborate.analysis.AnalysisReport#derivation()}, so that they are not
   * derived twice).
   */
  public static TruthProblem of(EvidenceBase evidence, BearingDerivation derivation) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(derivation, "derivation");
    Set<Claim> claims = new LinkedHashSet<>();
    Map<String, String> parent = new TreeMap<>();
    for (Source s : evidence.sources()) {
      union(parent, "source:" + s.id(), "origin:" + s.origin());
    }
    for (Assertion a : evidence.assertions()) {
      a.basis().reportedBy().ifPresent(r -> union(parent, "source:" + a.source(), "source:" + r));
    }
    derivation.all().forEach((proposition, bearing) -> claimOf(bearing).ifPresent(value ->
        claims.add(Claim.of(proposition, value, bearing.assertion().source()))));
    // Only sources that share a line are named: a source alone is a line of its own anyway, and
    // a problem without known lines lets the methods count votes without ordering them.
    Map<String, String> lines = new TreeMap<>();
    Map<String, Integer> size = new TreeMap<>();
    for (Source s : evidence.sources()) {
      String line = find(parent, "source:" + s.id());
      lines.put(s.id(), line);
      size.merge(line, 1, Integer::sum);
    }
    lines.values().removeIf(line -> size.get(line) < 2);
    return TruthProblem.of(claims).withLines(lines);
  }

  /**
   * The claim value of a category: its members in their natural order, joined by {@code |}, with
   * a backslash and {@code |} inside a member escaped by a backslash, so that distinct categories
   * are distinct values and the members can be read back.
   * O(total length of the members).
   */
  public static String categoryValue(Category category) {
    Objects.requireNonNull(category, "category");
    StringBuilder out = new StringBuilder();
    for (String member : category.members()) {
      if (out.length() > 0) {
        out.append('|');
      }
      for (int i = 0; i < member.length(); i++) {
        char ch = member.charAt(i);
        if (ch == '|' || ch == '\\') {
          out.append('\\');
        }
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * The value a bearing claims on its proposition: {@code affirms} when it supports it, {@code
   * denies} when it opposes it, the assertion's value or category when it gives one; nothing for
   * an absence of evidence or an uncertain stance.
   */
  static java.util.Optional<String> claimOf(Bearing bearing) {
    return switch (bearing.direction()) {
      case SUPPORTS -> java.util.Optional.of(AFFIRMS);
      case OPPOSES -> java.util.Optional.of(DENIES);
      case VALUE -> claimOf(bearing.assertion());
      case NO_EVIDENCE, UNCERTAIN -> java.util.Optional.empty();
    };
  }

  /** The value an assertion claims, if it answers its question. */
  static java.util.Optional<String> claimOf(Assertion a) {
    if (a.category().isPresent()) {
      return java.util.Optional.of(categoryValue(a.category().get()));
    }
    if (a.value().isPresent()) {
      return java.util.Optional.of("value:" + a.value().get());
    }
    if (a.hedge() == Hedge.NO_EVIDENCE_OF || a.stance() == Stance.UNCERTAIN) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(a.stance().name().toLowerCase(Locale.ROOT));
  }

  private static String find(Map<String, String> parent, String key) {
    parent.putIfAbsent(key, key);
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller key becomes the root, so the outcome does not depend on the order of unions
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
