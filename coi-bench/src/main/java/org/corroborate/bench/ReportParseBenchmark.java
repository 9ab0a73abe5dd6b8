package org.corroborate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the reference report (DIS/SMA, Russia – Conscription, 2025): structure, footnotes,
 * minutes, source registry and citations. Needs the report in the directory named by {@code
 * COI_REPORTS_DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportParseBenchmark {

  /** The report's file name in {@code COI_REPORTS_DIR}. */
  public static final String REPORT = "dis-sma-russia-conscription-2025.md";

  private String text;

  /** Reads the report's text once per trial. */
  @Setup
  public void load() throws IOException {
    String dir = System.getenv("COI_REPORTS_DIR");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("set COI_REPORTS_DIR to the directory holding " + REPORT);
    }
    text = Files.readString(Path.of(dir, REPORT), StandardCharsets.UTF_8);
  }

  /** Reads the report. */
  @Benchmark
  public IngestedReport read() throws ReportParseException {
    return ReportIngest.read(text, AliasFile.empty());
  }
}
