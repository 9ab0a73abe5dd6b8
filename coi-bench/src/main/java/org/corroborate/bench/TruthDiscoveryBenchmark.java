package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corroborate.analysis.trust.CopyAwareAccuracy;
import org.corroborate.analysis.trust.PaperMethod;
import org.corroborate.analysis.trust.TruthDiscovery;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.trust.TruthFinder;
import org.corroborate.analysis.trust.TruthProblem;
import org.corroborate.analysis.trust.ValueSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every truth-discovery method on the public Book and Population data (the target: each
 * at most one second on this machine), read from the folder named by the system property {@value
 * #DATA} (default {@code ../shared/benchmarks/truth-discovery}, as for {@link
 * TruthDiscoveryEvaluation}): the problems are built as the evaluation builds them, the methods
 * alone are timed. Majority voting is the baseline the table divides by. The format-aware methods
 * run with φ = 0.3, the weight the evaluation fits on the silver books for most of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TruthDiscoveryBenchmark {

  /** The system property naming the folder that holds {@code book/} and {@code population/}. */
  static final String DATA = "coi.truthDiscoveryData";

  /** The data set: {@code book} or {@code population}. */
  @Param({"book", "population"})
  public String data;

  /** A {@link PaperMethod#token()}, or {@code truthfinder-formats} or {@code accuformat}. */
  @Param({"voting", "truthfinder", "accu", "accucopy", "accusim", "sums", "investment",
      "pooled-investment", "simple-lca", "guess-lca", "mistake-lca", "truthfinder-formats",
      "accuformat"})
  public String method;

  private TruthDiscovery discovery;
  private TruthProblem problem;

  /** The folder of the data, checked. */
  static Path folder() {
    Path dir = Path.of(System.getProperty(DATA, "../shared/benchmarks/truth-discovery"));
    if (!Files.isDirectory(dir.resolve("book")) || !Files.isDirectory(dir.resolve("population"))) {
      throw new IllegalStateException("no truth-discovery data in " + dir.toAbsolutePath()
          + ": give -D" + DATA + "=DIR, DIR holding book/ and population/");
    }
    return dir;
  }

  /** Reads the data set and builds the method. */
  @Setup
  public void read() {
    discovery = switch (method) {
      case "truthfinder-formats" -> TruthFinder.with(TruthFinder.Parameters.paper().withFormat(0.3));
      case "accuformat" -> CopyAwareAccuracy.with(
          CopyAwareAccuracy.Parameters.paper().withFormat(0.3));
      default -> PaperMethod.byToken(method).orElseThrow(
          () -> new IllegalArgumentException("unknown method " + method)).method();
    };
    Path dir = folder();
    problem = switch (data) {
      case "book" -> TruthDiscoveryEvaluation.bookProblem(discovery,
          TruthDiscoveryEvaluation.Book.read(dir.resolve("book")).direct());
      case "population" -> TruthDiscoveryEvaluation.Population.read(dir.resolve("population"))
          .problem().withSimilarity(ValueSimilarity.relativeCloseness());
      default -> throw new IllegalArgumentException("unknown data set " + data);
    };
  }

  /** One run of the method. */
  @Benchmark
  public TruthEstimate discover() {
    return discovery.discover(problem);
  }
}
