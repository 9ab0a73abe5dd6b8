package org.corroborate.bench;

import java.util.concurrent.TimeUnit;
import org.corroborate.model.EvidenceBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Building and validating an evidence base from its parts (every integrity rule checked). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvidenceBaseBenchmark {

  /** Assertions in the corpus. */
  @Param({"10000", "100000"})
  public int assertions;

  private EvidenceBase parts;

  /** Generates the parts once per trial. */
  @Setup
  public void generate() {
    parts = SyntheticCorpus.generate(42, assertions);
  }

  /** Builds the evidence base again from the same parts. */
  @Benchmark
  public EvidenceBase build() {
    return parts.toBuilder().build();
  }
}
