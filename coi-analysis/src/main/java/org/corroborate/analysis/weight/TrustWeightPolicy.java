package org.corroborate.analysis.weight;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;

/**
 * A weight policy with source trust as a prior: the weight of another policy, scaled by how far
 * the assertion's source can be trusted, as estimated by truth discovery (for example {@code
 * TruthEstimate.trust()} of {@code org.corroborate.analysis.trust}).
 *
 * <p>Formula: {@code w′ = w · (1 − λ + λ · t(s))}, where {@code w} is the base policy's weight,
 * {@code t(s)} in [0, 1] the trust of the assertion's source {@code s}, and {@code λ} in [0, 1] the
 * strength of the prior. A source the trust map does not name has the neutral trust given at
 * construction (by default the mean trust of the map, 1 for an empty map). Bounds: {@code (1 − λ) ·
 * w ≤ w′ ≤ w}, so the weight stays in [0, 1] and trust can only take weight away, never add it;
 * {@code λ = 0} is the base policy itself. Laws, each a property test: the base policy's laws still
 * hold (bounds, a pure function of the assertion and the evidence base, a hedged assertion never
 * outweighs the same stated as certain) because the factor depends on the source alone; a higher
 * trust never lowers a weight; a uniform trust multiplies every weight by one constant, so it
 * changes no ranking of assertions. Lines of evidence and independent lines combine as in the base
 * policy. O(log S) per assertion on top of the base policy, for S sources in the map.
 *
 * <p>The weighting of a vote by the source's estimated reliability is the scheme of
 * truth-discovery methods such as Accu (Dong, Berti-Equille &amp; Srivastava, VLDB 2009) and
 * TruthFinder (Yin, Han &amp; Yu, KDD 2007); the linear blend with a strength {@code λ} keeps it an
 * optional, bounded prior next to the Admiralty grades rather than a replacement for them.
 */
public final class TrustWeightPolicy implements WeightPolicy {

  private final WeightPolicy base;
  private final ImmutableSortedMap<String, Double> trust;
  private final double strength;
  private final double neutralTrust;

  private TrustWeightPolicy(WeightPolicy base, Map<String, Double> trust, double strength,
      double neutralTrust) {
    this.base = Objects.requireNonNull(base, "base policy");
    Objects.requireNonNull(trust, "trust");
    trust.forEach((source, t) -> {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(t, "trust of " + source);
      checkArgument(t >= 0 && t <= 1, "trust of '%s' outside [0, 1]: %s", source, t);
    });
    checkArgument(strength >= 0 && strength <= 1, "strength must lie in [0, 1]: %s", strength);
    checkArgument(neutralTrust >= 0 && neutralTrust <= 1,
        "neutral trust must lie in [0, 1]: %s", neutralTrust);
    this.trust = ImmutableSortedMap.copyOf(trust);
    this.strength = strength;
    this.neutralTrust = neutralTrust;
  }

  /**
   * {@code base} scaled by {@code sourceTrust} with prior strength {@code strength}; sources not
   * in the map get the map's mean trust (1 when it is empty).
   */
  public static TrustWeightPolicy of(WeightPolicy base, Map<String, Double> sourceTrust,
      double strength) {
    Objects.requireNonNull(sourceTrust, "trust");
    double mean = sourceTrust.values().stream().mapToDouble(Double::doubleValue).average()
        .orElse(1.0);
    return new TrustWeightPolicy(base, sourceTrust, strength, Math.max(0, Math.min(1, mean)));
  }

  /** This policy with {@code trust} for the sources its map does not name. */
  public TrustWeightPolicy withNeutralTrust(double trust) {
    return new TrustWeightPolicy(base, this.trust, strength, trust);
  }

  /** The strength λ of the prior, in [0, 1]. */
  public double strength() {
    return strength;
  }

  /** The factor {@code 1 − λ + λ · t(s)} by which the weight of {@code source} is scaled. */
  public double factor(String source) {
    Objects.requireNonNull(source, "source");
    return 1 - strength + strength * trust.getOrDefault(source, neutralTrust);
  }

  @Override
  public double weigh(Assertion assertion, EvidenceBase evidence) {
    return base.weigh(assertion, evidence) * factor(assertion.source());
  }

  @Override
  public AssertionWeight explain(Assertion assertion, EvidenceBase evidence) {
    AssertionWeight inner = base.explain(assertion, evidence);
    List<String> lines = inner.explanation();
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : lines) {
      if (!line.startsWith("weight = ")) {
        out.add(line);
      }
    }
    String source = assertion.source();
    double t = trust.getOrDefault(source, neutralTrust);
    double value = weigh(assertion, evidence);
    out.add(String.format(Locale.ROOT, "× %.3f  source trust %.3f%s, prior strength %.2f",
        factor(source), t, trust.containsKey(source) ? "" : " (neutral: not estimated)",
        strength));
    out.add(String.format(Locale.ROOT, "weight = %.3f", value));
    return new AssertionWeight(value, out.build());
  }

  @Override
  public double line(Collection<Double> assertionWeights) {
    return base.line(assertionWeights);
  }

  @Override
  public double combine(Collection<Double> lineWeights) {
    return base.combine(lineWeights);
  }

  @Override
  public double line(double[] assertionWeights, int count) {
    return base.line(assertionWeights, count);
  }

  @Override
  public double combine(double[] lineWeights, int count) {
    return base.combine(lineWeights, count);
  }
}
