package org.corroborate.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target lines of the benchmark table: met, not met, or not measured, from the times given. */
final class BenchmarkTableTest {

  @Test
  void targets_areJudgedOnTheMeasuredTimes() {
    String out = BenchmarkTable.targets(Map.of(
        "AnalysisBenchmark.analyse@100000", 1830.0,
        "AnalysisBenchmark.analyse@1000000", 51300.0,
        "GroundedBenchmark.corroborate@20000", 1.07,
        "GroundedBenchmark.tweety@20000", 252.0,
        "ReportParseBenchmark.read", 119.4), List.of());
    String flat = out.replaceAll(" +", " ");
    assertTrue(flat.contains("analysis of 10^6 assertions <= 2,000 ms NOT MET (51,300.0 ms)"), out);
    assertTrue(flat.contains("within 1.5 GB heap MET (completed with -Xmx1500m)"), out);
    assertTrue(flat.contains("t(10^6) / t(10^5) <= 12 NOT MET (28.0 x)"), out);
    assertTrue(flat.contains("faster than TweetyProject MET (235.5 x)"), out);
    assertTrue(flat.contains("parsed in <= 50 ms NOT MET (119.4 ms)"), out);
  }

  @Test
  void aMissingAnalysisResult_missesTheHeapTarget_andALeftOutBenchmarkIsNotMeasured() {
    String out = BenchmarkTable.targets(Map.of("AnalysisBenchmark.analyse@100000", 1830.0), List.of());
    String flat = out.replaceAll(" +", " ");
    assertTrue(flat.contains("within 1.5 GB heap NOT MET (no result within -Xmx1500m)"), out);
    assertTrue(flat.contains("analysis of 10^6 assertions <= 2,000 ms not measured"), out);
    assertTrue(flat.contains("reference report parsed in <= 50 ms not measured"), out);
  }

  @Test
  void truthDiscovery_theSlowestMethodAgainstItsTargetAndVotingOnTheSameData() {
    String out = BenchmarkTable.targets(Map.of(
        "TruthDiscoveryBenchmark.discover@book/voting", 4.0,
        "TruthDiscoveryBenchmark.discover@book/accucopy", 82.0,
        "TruthDiscoveryBenchmark.discover@population/voting", 20.0,
        "TruthDiscoveryBenchmark.discover@population/guess-lca", 465.0), List.of());
    String flat = out.replaceAll(" +", " ");
    assertTrue(flat.contains("each truth-discovery method <= 1,000 ms MET (465.0 ms)"), out);
    assertTrue(flat.contains("the slowest population/guess-lca, 23.3 x voting on the same data"),
        out);
    String slow = BenchmarkTable.targets(Map.of(
        "TruthDiscoveryBenchmark.discover@book/accucopy", 1200.0), List.of());
    assertTrue(slow.replaceAll(" +", " ").contains("<= 1,000 ms NOT MET (1,200.0 ms)"), slow);
    assertTrue(BenchmarkTable.targets(Map.of(), List.of()).replaceAll(" +", " ")
        .contains("each truth-discovery method <= 1,000 ms not measured"));
  }
}
