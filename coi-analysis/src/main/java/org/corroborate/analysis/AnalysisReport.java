package org.corroborate.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.argumentation.Labelling;
import org.corroborate.analysis.cluster.AgreementGraph;
import org.corroborate.analysis.cluster.Outlier;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.EvidenceBase;

/**
 * Everything the analysis found, immutable. Explanations are computed on request ({@link
 * #explain(String)}), not stored for every proposition.
 *
 * @param evidence the evidence base analysed
 * @param policy the weight policy used
 * @param derivation every bearing of every assertion on every proposition
 * @param corroborations the corroboration of every proposition, in proposition-id order
 * @param disputes the disputes, most serious first
 * @param nonDisputes the near-misses, with the reason each is not a dispute
 * @param agreement the signed source–source graph
 * @param clusters the agreement clusters, largest first
 * @param outliers the outlier sources, by id
 * @param acceptance the grounded labelling of every assertion: accepted (IN), rejected (OUT) or
 *     undecided (UNDEC) once conflicting assertions are weighed against one another
 */
public record AnalysisReport(
    EvidenceBase evidence,
    WeightPolicy policy,
    BearingDerivation derivation,
    ImmutableList<Corroboration> corroborations,
    ImmutableList<Dispute> disputes,
    ImmutableList<NonDispute> nonDisputes,
    AgreementGraph agreement,
    ImmutableList<ImmutableSortedSet<String>> clusters,
    ImmutableList<Outlier> outliers,
    Labelling<String> acceptance) {

  /** Rejects null parts. */
  public AnalysisReport {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(derivation, "derivation");
    corroborations = ImmutableList.copyOf(corroborations);
    for (int i = 1; i < corroborations.size(); i++) {
      if (corroborations.get(i - 1).proposition().id()
          .compareTo(corroborations.get(i).proposition().id()) >= 0) {
        throw new IllegalArgumentException("corroborations come in proposition-id order, each once: '"
            + corroborations.get(i).proposition().id() + "' after '"
            + corroborations.get(i - 1).proposition().id() + "'");
      }
    }
    disputes = ImmutableList.copyOf(disputes);
    nonDisputes = ImmutableList.copyOf(nonDisputes);
    Objects.requireNonNull(agreement, "agreement");
    clusters = ImmutableList.copyOf(clusters);
    outliers = ImmutableList.copyOf(outliers);
    Objects.requireNonNull(acceptance, "acceptance");
  }

  /**
   * The corroboration of a proposition, if the evidence base holds it. A binary search over the
   * corroborations, which are in proposition-id order: O(log n).
   */
  public Optional<Corroboration> corroboration(String propositionId) {
    Objects.requireNonNull(propositionId, "propositionId");
    int low = 0;
    int high = corroborations.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = corroborations.get(middle).proposition().id().compareTo(propositionId);
      if (order == 0) {
        return Optional.of(corroborations.get(middle));
      } else if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * The explanation of a proposition's verdict and weight: every source, passage and reason.
   *
   * @throws IllegalArgumentException if the evidence base has no such proposition
   */
  public ImmutableList<String> explain(String propositionId) {
    return corroboration(propositionId)
        .orElseThrow(() -> new IllegalArgumentException("unknown proposition '" + propositionId + "'"))
        .explain(evidence, policy);
  }
}
