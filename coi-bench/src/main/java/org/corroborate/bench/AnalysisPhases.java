package org.corroborate.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.corroborate.analysis.acceptance.AssertionAcceptance;
import org.corroborate.analysis.argumentation.Labelling;
import org.corroborate.analysis.cluster.AgreementGraph;
import org.corroborate.analysis.cluster.Outlier;
import org.corroborate.analysis.cluster.Outliers;
import org.corroborate.analysis.cluster.PivotCorrelationClustering;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.CorroborationAnalysis;
import org.corroborate.analysis.dispute.DisputeAnalysis;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.json.CorpusJson;

/**
 * Times each phase of the full analysis of a seeded synthetic corpus (seed 42) and the heap
 * retained after it, measured after {@link System#gc()}: derivation, corroboration, disputes,
 * agreement graph, clusters, outliers and acceptance, the steps {@code Analysis.of} takes in that
 * order. After the analysis phases of each size it times writing the same corpus as JSON with the
 * project's writer ({@link CorpusJson#write(EvidenceBase, OutputStream)}: one Jackson pass over
 * every element, into a stream that discards the bytes), printed as a line {@code json write … ms}:
 * the floor the analysis is measured against. A plain main, not a JMH benchmark: one run shows
 * where the time and memory go, so a change can be compared phase by phase in the same run.
 *
 * <p>Each phase shows its wall-clock time and the CPU time of the whole process during it (all
 * threads, garbage collection included), which varies less than wall-clock time on a loaded
 * machine. The last lines compare the sizes: the analysis time of each size against the smallest,
 * and against the JSON write of the same corpus.
 *
 * <p>Arguments: the corpus sizes in assertions (default 100000 and 1000000); {@code
 * --generator=realistic} (the default, {@link RealisticCorpus}: a vocabulary that grows with the
 * corpus) or {@code --generator=uniform} ({@link SyntheticCorpus}: a fixed vocabulary, so every
 * question family grows with the corpus); and {@code --runs=N} to analyse each corpus N times,
 * and write it as JSON N times (default 4: the first runs warm the JIT up, the last is printed).
 * Two runs are not enough: in the second, the compiler is still at work (in one profile, 27
 * compilations of the analysis' largest methods, 16 s of compiler time), and a phase then measures
 * the compiler as much as itself; from the fourth run on, the times no longer fall. The summary also
 * gives the first, cold run of each size: what a single analysis in a fresh JVM costs. Every run,
 * of the analysis and of the JSON write alike, starts after an untimed {@link System#gc()}, from a
 * heap that holds the evidence base and nothing else. The targets
 * are judged with a
 * heap of 1.5 GB: {@code java -Xmx1500m -cp coi-bench/target/benchmarks.jar
 * org.corroborate.bench.AnalysisPhases 100000 1000000}.
 */
public final class AnalysisPhases {

  private AnalysisPhases() {}

  /** Generates each corpus, analyses it phase by phase and prints one table per size. */
  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    int runs = 4;
    String generator = "realistic";
    for (String arg : args) {
      if (arg.startsWith("--generator=")) {
        generator = arg.substring("--generator=".length());
        if (!generator.equals("realistic") && !generator.equals("uniform")) {
          throw new IllegalArgumentException("--generator is realistic or uniform: " + generator);
        }
      } else if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring("--runs=".length()));
      } else {
        sizes.add(Integer.parseInt(arg.replace("_", "")));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100_000, 1_000_000);
    }
    if (runs < 1) {
      throw new IllegalArgumentException("at least one run: " + runs);
    }
    System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB, %s generator%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, generator);
    boolean realistic = generator.equals("realistic");
    List<String> summary = new ArrayList<>();
    List<String> coldRuns = new ArrayList<>();
    double first = 0;
    for (int size : sizes) {
      Phases setup = new Phases();
      EvidenceBase evidence = setup.time("synthetic corpus", () -> realistic
          ? RealisticCorpus.generate(42, size) : SyntheticCorpus.generate(42, size));
      System.out.printf(Locale.ROOT, "%n%,d assertions, %,d sources, %,d propositions%n",
          evidence.assertions().size(), evidence.sources().size(), evidence.propositions().size());
      Phases last = setup;
      Phases cold = setup;
      for (int run = 1; run <= runs; run++) {
        last = new Phases();
        analyse(evidence, last);
        if (run == 1) {
          cold = last;
        }
      }
      Phases write = setup;
      for (int run = 1; run <= runs; run++) {
        write = new Phases();
        Phases.settle();
        write.time("json write", () -> writeJson(evidence));
      }
      System.out.print(setup.table(false));
      System.out.print(last.table(true));
      System.out.print(write.table(false));
      double analysis = last.wallMillis();
      double json = write.wallMillis();
      if (first == 0) {
        first = analysis;
      }
      summary.add(String.format(Locale.ROOT, "  %,10d assertions  analysis %9.0f ms  x %6.2f the"
              + " first size   json write %7.0f ms  analysis / json write %6.2f",
          size, analysis, analysis / first, json, analysis / json));
      coldRuns.add(String.format(Locale.ROOT, "  %,10d assertions  first run (cold JIT) %9.0f ms",
          size, cold.wallMillis()));
    }
    System.out.printf(Locale.ROOT, "%nsummary (run %d of %d)%n", runs, runs);
    summary.forEach(System.out::println);
    coldRuns.forEach(System.out::println);
  }

  /** Writes the corpus with the project's writer into a stream that discards the bytes. */
  private static Long writeJson(EvidenceBase evidence) {
    CountingDiscard out = new CountingDiscard();
    try {
      CorpusJson.write(evidence, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a discarding stream failed", e);
    }
    return out.count;
  }

  /** Discards the bytes written to it, counting them so the write cannot be optimised away. */
  private static final class CountingDiscard extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static void analyse(EvidenceBase evidence, Phases phases) {
    WeightPolicy policy = AdmiraltyWeightPolicy.standard();
    Phases.settle();
    BearingDerivation derivation = phases.time("derivation", () -> BearingDerivation.of(evidence));
    ImmutableList<Corroboration> corroborations = phases.time("corroboration",
        () -> CorroborationAnalysis.of(evidence, derivation, policy));
    DisputeAnalysis disputes = phases.time("disputes",
        () -> DisputeAnalysis.of(evidence, derivation, corroborations));
    AgreementGraph agreement = phases.time("agreement graph",
        () -> AgreementGraph.of(evidence, corroborations));
    ImmutableList<ImmutableSortedSet<String>> clusters = phases.time("clusters",
        () -> PivotCorrelationClustering.clusters(agreement));
    ImmutableList<Outlier> outliers = phases.time("outliers",
        () -> Outliers.of(disputes.disputes()));
    Labelling<String> acceptance = phases.time("acceptance",
        () -> AssertionAcceptance.of(evidence, derivation, corroborations, policy));
    phases.note(String.format(Locale.ROOT, "%,d bearings, %,d disputes, %,d near-misses,"
            + " %,d sources taking sides, %d clusters, %d outliers, %,d accepted",
        derivation.size(), disputes.disputes().size(), disputes.nonDisputes().size(),
        agreement.sources().size(), clusters.size(), outliers.size(), acceptance.in().size()));
  }

  /** The phases of one run: name, time, heap after. */
  private static final class Phases {
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private final List<Long> cpu = new ArrayList<>();
    private final List<Long> heap = new ArrayList<>();
    private String note = "";

    <T> T time(String name, Supplier<T> phase) {
      long startCpu = processCpuNanos();
      long start = System.nanoTime();
      T result = phase.get();
      nanos.add(System.nanoTime() - start);
      cpu.add(processCpuNanos() - startCpu);
      names.add(name);
      heap.add(retained());
      return result;
    }

    void note(String text) {
      note = text;
    }

    /** The wall-clock time of all phases of the run, in milliseconds. */
    double wallMillis() {
      return nanos.stream().mapToLong(Long::longValue).sum() / 1e6;
    }

    String table(boolean total) {
      StringBuilder out = new StringBuilder();
      long sum = 0;
      long sumCpu = 0;
      for (int i = 0; i < names.size(); i++) {
        out.append(String.format(Locale.ROOT, "  %-20s %9.0f ms %9.0f ms cpu %7d MB%n",
            names.get(i), nanos.get(i) / 1e6, cpu.get(i) / 1e6, heap.get(i) >> 20));
        sum += nanos.get(i);
        sumCpu += cpu.get(i);
      }
      if (total) {
        out.append(String.format(Locale.ROOT, "  %-20s %9.0f ms %9.0f ms cpu%n", "analysis",
            sum / 1e6, sumCpu / 1e6));
        out.append("  ").append(note).append(System.lineSeparator());
      }
      return out.toString();
    }

    /** The CPU time of the whole process (every thread, the collector's too), or 0 if unknown. */
    private static long processCpuNanos() {
      return ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0L;
    }

    /**
     * Collects the garbage of earlier runs before a run starts, untimed, so that every run (an
     * analysis or a JSON write) starts from the same heap: the evidence base and nothing else, as in
     * a fresh JVM that has just read it. Without it, the results of the previous analysis, garbage
     * by then, still fill the old generation when the next analysis starts; the collector then
     * starts a marking cycle at once and charges its work to the next run's first phase.
     */
    static void settle() {
      System.gc();
    }

    private static long retained() {
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      return runtime.totalMemory() - runtime.freeMemory();
    }
  }
}
