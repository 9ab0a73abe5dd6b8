package org.corroborate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.trust.TruthEstimate;

/**
 * How a report's weights were made, when not by the Admiralty grading alone: recency against a
 * date, and a trust prior estimated from the corpus. Every report says so, so that a reader never
 * takes weights scaled by trust for the grading of the sources.
 *
 * @param asOf the date recency is weighed against, if any
 * @param trust the trust prior, if any
 */
record Weighting(Optional<LocalDate> asOf, Optional<TrustPrior> trust) {

  /** The Admiralty grading alone. */
  static final Weighting GRADING = new Weighting(Optional.empty(), Optional.empty());

  /**
   * A trust prior: the method that estimated the trust and how its rounds ended, and its strength.
   *
   * @param estimate the method's estimate
   * @param strength λ in [0, 1]
   */
  record TrustPrior(TruthEstimate estimate, double strength) {
    TrustPrior {
      Objects.requireNonNull(estimate, "estimate");
      if (!(strength >= 0 && strength <= 1)) {
        throw new IllegalArgumentException("a trust prior's strength lies in [0, 1]: " + strength);
      }
    }
  }

  Weighting {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(trust, "trust");
  }

  /** One sentence on the weights; empty for the grading alone, which every report assumes. */
  Optional<String> sentence() {
    if (asOf.isEmpty() && trust.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder("Weights: the Admiralty grading of each source and passage");
    asOf.ifPresent(d -> s.append(", with recency weighed against ").append(d)
        .append(" (half-life two years)"));
    trust.ifPresent(t -> s.append(String.format(Locale.ROOT, ", each multiplied by 1 − λ + λ·t"
            + " with λ = %.2f and t the source's trust estimated from this corpus by %s (%d"
            + " round(s), %s)", t.strength(), t.estimate().method(), t.estimate().iterations(),
        t.estimate().termination().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
    return Optional.of(s.append('.').toString());
  }

  /** Writes {@code weighting}: {@code asOf} (null when none) and {@code trustPrior}. */
  void json(ObjectNode root) {
    ObjectNode w = root.putObject("weighting");
    w.put("asOf", asOf.map(LocalDate::toString).orElse(null));
    if (trust.isEmpty()) {
      w.putNull("trustPrior");
    } else {
      TruthEstimate e = trust.get().estimate();
      ObjectNode t = w.putObject("trustPrior").put("method", e.method())
          .put("strength", trust.get().strength()).put("rounds", e.iterations())
          .put("termination", e.termination().name());
      ObjectNode sources = t.putObject("trust");
      e.trust().forEach(sources::put);
    }
  }
}
