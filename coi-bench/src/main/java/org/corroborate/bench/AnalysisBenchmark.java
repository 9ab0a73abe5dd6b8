package org.corroborate.bench;

import java.util.concurrent.TimeUnit;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.model.EvidenceBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full analysis (derivation, corroboration, disputes, clusters, acceptance; explanations not
 * computed) of a synthetic corpus of the given number of assertions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

  /** Assertions in the corpus; sources and propositions scale with it. */
  @Param({"10000", "100000", "1000000"})
  public int assertions;

  private EvidenceBase evidence;

  /** Generates the corpus once per trial. */
  @Setup
  public void generate() {
    evidence = SyntheticCorpus.generate(42, assertions);
  }

  /** Analyses the corpus. */
  @Benchmark
  public AnalysisReport analyse() {
    return Analysis.of(evidence);
  }
}
