package org.corroborate.analysis.trust;

/**
 * A truth-discovery method: from claims that conflict, a value per object and a trust per source.
 *
 * <p>Laws every implementation keeps, each a property test: a pure, deterministic function of the
 * problem (the order claims were given in changes nothing; renaming objects, values and sources
 * in an order-preserving way renames the result); every trust and confidence lies in [0, 1]; the
 * iteration stops within the method's bound; every object with a claim gets one of its claimed
 * values.
 */
public interface TruthDiscovery {

  /** The method's short name, as tables print it. */
  String name();

  /** Decides the value of every object of {@code problem} and estimates every source's trust. */
  TruthEstimate discover(TruthProblem problem);
}
