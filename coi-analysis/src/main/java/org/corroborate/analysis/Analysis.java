package org.corroborate.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import org.corroborate.analysis.acceptance.AssertionAcceptance;
import org.corroborate.analysis.cluster.AgreementGraph;
import org.corroborate.analysis.cluster.Outliers;
import org.corroborate.analysis.cluster.PivotCorrelationClustering;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.CorroborationAnalysis;
import org.corroborate.analysis.dispute.DisputeAnalysis;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.EvidenceBase;

/**
 * The whole analysis of an evidence base in one call: derivation of bearings over place, time and
 * declared relations; corroboration and verdict per proposition; disputes and near-misses;
 * agreement clusters and outliers; acceptance of every assertion under grounded semantics. A pure function of its inputs: the same evidence base and
 * policy always give an equal report, in the same order.
 *
 * <pre>{@code
 * AnalysisReport report = Analysis.of(evidence);
 * report.disputes().forEach(d -> System.out.println(d.proposition().text() + ": " + d.reason()));
 * }</pre>
 */
public final class Analysis {

  private Analysis() {}

  /** Analyses the evidence base under the default {@link AdmiraltyWeightPolicy}, no recency. */
  public static AnalysisReport of(EvidenceBase evidence) {
    return of(evidence, AdmiraltyWeightPolicy.standard());
  }

  /** Analyses the evidence base under the given weight policy. */
  public static AnalysisReport of(EvidenceBase evidence, WeightPolicy policy) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(policy, "policy");
    BearingDerivation derivation = BearingDerivation.of(evidence);
    ImmutableList<Corroboration> corroborations =
        CorroborationAnalysis.of(evidence, derivation, policy);
    DisputeAnalysis disputes = DisputeAnalysis.of(evidence, derivation, corroborations);
    AgreementGraph agreement = AgreementGraph.of(evidence, corroborations);
    ImmutableList<ImmutableSortedSet<String>> clusters =
        PivotCorrelationClustering.clusters(agreement);
    return new AnalysisReport(evidence, policy, derivation, corroborations, disputes.disputes(),
        disputes.nonDisputes(), agreement, clusters, Outliers.of(disputes.disputes()),
        AssertionAcceptance.of(evidence, derivation, corroborations, policy));
  }
}
