package org.corroborate.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a quick version of every benchmark (one fork, two warm-up and three measured iterations of
 * two seconds, allocation measured with JMH's GC profiler, heap capped at 1.5 GB) and prints one
 * table: benchmark, size, time per operation, allocation per operation, the ratio of time to the
 * previous size, and for grounded semantics the ratio of TweetyProject's time to ours, measured in
 * the same run. Arguments: benchmark name patterns (regular expressions), all when none. The
 * report-parsing benchmark needs {@code COI_REPORTS_DIR}, the truth-discovery benchmark the
 * research data (system property {@code coi.truthDiscoveryData}, by default {@code
 * ../shared/benchmarks/truth-discovery}); without them, they are left out. The targets end the
 * output, each with its measured figure; the truth-discovery target names the slowest method and
 * its ratio to majority voting on the same data, measured in the same run.
 */
public final class BenchmarkTable {

  private BenchmarkTable() {}

  /** Runs the benchmarks and prints the table. */
  public static void main(String[] args) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .forks(1)
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(2))
        .jvmArgs("-Xmx1500m", "-Xms1500m")
        .addProfiler(GCProfiler.class);
    List<String> patterns = new ArrayList<>(List.of(args));
    if (patterns.isEmpty()) {
      patterns.add(AnalysisBenchmark.class.getSimpleName());
      patterns.add(EvidenceBaseBenchmark.class.getSimpleName());
      patterns.add(GroundedBenchmark.class.getSimpleName());
      if (System.getenv("COI_REPORTS_DIR") != null) {
        patterns.add(ReportParseBenchmark.class.getSimpleName());
      }
      try {
        TruthDiscoveryBenchmark.folder();
        patterns.add(TruthDiscoveryBenchmark.class.getSimpleName());
      } catch (IllegalStateException e) {
        System.err.println("TruthDiscoveryBenchmark left out: " + e.getMessage());
      }
    }
    patterns.forEach(options::include);
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println(table(results));
    Map<String, Double> times = new LinkedHashMap<>();
    for (RunResult r : results) {
      times.put(key(r), r.getPrimaryResult().getScore());
    }
    System.out.println(targets(times, patterns));
  }

  /** The benchmark's short name, with its size when it has one: {@code AnalysisBenchmark.analyse@1000000}. */
  private static String key(RunResult r) {
    String name = r.getParams().getBenchmark().replaceFirst("^.*\\.bench\\.", "");
    return r.getParams().getParamsKeys().isEmpty() ? name : name + "@" + params(r);
  }

  /** The benchmark's parameters, in their declared order, joined by "/": {@code book/accucopy}. */
  private static String params(RunResult r) {
    return String.join("/", r.getParams().getParamsKeys().stream()
        .map(k -> r.getParams().getParam(k)).toList());
  }

  /**
   * The targets of the project, each evaluated on the measured times (ms/op, keyed as {@link
   * #key}): met, not met, or not measured (a benchmark left out, or one that did not finish — at
   * 10⁶ assertions within the 1.5 GB heap of the run, a missing result means the heap target is
   * missed). docs/performance.md gives the profile that explains each miss.
   */
  static String targets(Map<String, Double> times, List<String> patterns) {
    StringBuilder out = new StringBuilder("targets (2-core machine; see docs/performance.md):\n");
    Double million = times.get("AnalysisBenchmark.analyse@1000000");
    Double hundredThousand = times.get("AnalysisBenchmark.analyse@100000");
    boolean analysisRun = patterns.stream().anyMatch("AnalysisBenchmark"::contains)
        || times.keySet().stream().anyMatch(k -> k.startsWith("AnalysisBenchmark"));
    line(out, "analysis of 10^6 assertions <= 2,000 ms", million, 2000.0, false, "ms");
    out.append(String.format(Locale.ROOT, "  %-52s %s%n", "analysis of 10^6 assertions within 1.5 GB heap",
        million != null ? "MET (completed with -Xmx1500m)"
            : analysisRun && hundredThousand != null ? "NOT MET (no result within -Xmx1500m)" : "not measured"));
    line(out, "t(10^6) / t(10^5) <= 12",
        million != null && hundredThousand != null ? million / hundredThousand : null, 12.0, false, "x");
    Double ours = times.get("GroundedBenchmark.corroborate@20000");
    Double tweety = times.get("GroundedBenchmark.tweety@20000");
    line(out, "grounded semantics >= 50x faster than TweetyProject",
        ours != null && tweety != null ? tweety / ours : null, 50.0, true, "x");
    line(out, "reference report parsed in <= 50 ms", times.get("ReportParseBenchmark.read"), 50.0, false, "ms");
    String prefix = "TruthDiscoveryBenchmark.discover@";
    Map.Entry<String, Double> slowest = times.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .max(Map.Entry.comparingByValue()).orElse(null);
    line(out, "each truth-discovery method <= 1,000 ms", slowest == null ? null : slowest.getValue(),
        1000.0, false, "ms");
    if (slowest != null) {
      String run = slowest.getKey().substring(prefix.length());
      Double voting = times.get(prefix + run.substring(0, run.indexOf('/')) + "/voting");
      out.append(String.format(Locale.ROOT, "  %-52s %s%s%n", "  the slowest", run,
          voting == null ? "" : String.format(Locale.ROOT, ", %,.1f x voting on the same data",
              slowest.getValue() / voting)));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String target, Double measured, double bound,
      boolean atLeast, String unit) {
    String verdict = measured == null ? "not measured"
        : String.format(Locale.ROOT, "%s (%,.1f %s)",
            (atLeast ? measured >= bound : measured <= bound) ? "MET" : "NOT MET", measured, unit);
    out.append(String.format(Locale.ROOT, "  %-52s %s%n", target, verdict));
  }

  static String table(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-34s %30s %14s %14s %12s %12s%n", "benchmark", "size",
        "time (ms/op)", "alloc (MB/op)", "× prev size", "× peer"));
    double previous = Double.NaN;
    String previousName = "";
    Optional<Double> ours = Optional.empty();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceFirst("^.*\\.bench\\.", "");
      String size = r.getParams().getParamsKeys().isEmpty() ? "-" : params(r);
      Result<?> primary = r.getPrimaryResult();
      double time = primary.getScore();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc == null) {
        alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
      }
      double mb = alloc == null ? Double.NaN : alloc.getScore() / (1024.0 * 1024.0);
      // growth with size: only for a benchmark whose one parameter is its size
      String growth = name.equals(previousName) && !Double.isNaN(previous)
          && r.getParams().getParamsKeys().size() == 1
          ? String.format(Locale.ROOT, "%.1f", time / previous) : "";
      String peer = "";
      if (name.endsWith(".corroborate")) {
        ours = Optional.of(time);
      } else if (name.endsWith(".tweety") && ours.isPresent()) {
        peer = String.format(Locale.ROOT, "%.1f", time / ours.get());
      }
      out.append(String.format(Locale.ROOT, "%-34s %30s %9.3f ±%3.0f%% %14.1f %12s %12s%n", name,
          size, time, 100 * primary.getScoreError() / time, mb, growth, peer));
      previous = time;
      previousName = name;
    }
    return out.toString();
  }
}
