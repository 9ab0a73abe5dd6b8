package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.json.CorpusJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on standard error for long work (large corpus files), hidden by {@code --quiet}; an
 * unexpected error as one sentence and exit code 4, its stack trace only under {@code --verbose}.
 */
final class ProgressAndErrorsTest {

  @TempDir Path dir;

  private static Run coi(String... args) {
    return Run.coi(args);
  }

  /** The reference corpus as a file of at least {@link Progress#LARGE_CORPUS_BYTES} (JSON whitespace pads it). */
  private Path largeCorpus() throws IOException {
    Path file = dir.resolve("large.json");
    CorpusJson.write(ReferenceCorpora.russiaConscription2025(), file);
    long missing = Progress.LARGE_CORPUS_BYTES - Files.size(file);
    if (missing > 0) {
      Files.writeString(file, " ".repeat((int) missing) + "\n", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
    }
    assertTrue(Files.size(file) >= Progress.LARGE_CORPUS_BYTES);
    return file;
  }

  @Test
  void analyze_largeCorpus_reportsProgressOnStandardErrorOnly() throws IOException {
    Path large = largeCorpus();
    Run r = coi("analyze", "--format", "json", "--corpus", large.toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.err().startsWith("coi analyze: reading " + large + "\n"), r.err());
    assertTrue(r.err().contains("coi analyze: "
        + ReferenceCorpora.russiaConscription2025().assertions().size()
        + " assertions read; analysing ("), r.err());
    assertTrue(r.err().contains("coi analyze: analysed; writing the json report ("), r.err());
    assertTrue(r.out().startsWith("{"), "standard output is the report alone");
    assertEquals(coi("analyze", "--format", "json").out(), r.out(), "progress changes nothing of the report");
  }

  @Test
  void quiet_hidesProgress_onEveryCommand() throws IOException {
    Path large = largeCorpus();
    for (String[] args : new String[][] {
        {"analyze", "--quiet", "--corpus", large.toString()},
        {"-q", "graph", "--corpus", large.toString()},
        {"validate", "-q", large.toString()}}) {
      Run r = coi(args);
      assertEquals(Coi.OK, r.code(), r.err());
      assertEquals("", r.err(), String.join(" ", args));
    }
    Run graph = coi("graph", "--corpus", large.toString());
    assertTrue(graph.err().contains("coi graph: read; building the evidence graph ("), graph.err());
    Run validate = coi("validate", large.toString());
    assertEquals("coi validate: reading and checking " + large + "\n", validate.err());
  }

  @Test
  void smallCorpus_showsNoProgress() {
    Run r = coi("analyze", "--corpus", "../docs/examples/annexed-regions.json");
    assertEquals(Coi.OK, r.code());
    assertEquals("", r.err());
  }

  /** A standard output that fails as a closed pipe or a full device would, with an unchecked error. */
  private static PrintWriter failingOutput() {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        throw new IllegalStateException("the output is gone");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }, true);
  }

  @Test
  void unexpectedError_isOneSentenceAndExitCode4_withoutStackTrace() {
    StringWriter err = new StringWriter();
    int code = Coi.run(failingOutput(), new PrintWriter(err, true), "analyze", "--format", "json");
    assertEquals(Coi.UNEXPECTED_ERROR, code);
    assertEquals("coi: unexpected error in 'coi analyze': IllegalStateException: the output is gone"
        + " (run again with --verbose for the stack trace)\n", err.toString());
  }

  @Test
  void unexpectedError_withVerbose_addsTheStackTrace() {
    for (String[] args : new String[][] {{"analyze", "--verbose"}, {"--verbose", "graph"}}) {
      StringWriter err = new StringWriter();
      int code = Coi.run(failingOutput(), new PrintWriter(err, true), args);
      assertEquals(Coi.UNEXPECTED_ERROR, code);
      String[] lines = err.toString().split("\n");
      assertTrue(lines[0].startsWith("coi: unexpected error in 'coi " + args[args[0].startsWith("-") ? 1 : 0]
          + "': IllegalStateException: the output is gone"), err.toString());
      assertFalse(lines[0].contains("--verbose"), lines[0]);
      assertTrue(err.toString().contains("\tat "), "the stack trace: " + err);
    }
  }

  @Test
  void help_listsTheExitCodes() {
    Run r = coi("--help");
    assertTrue(r.out().contains("4   an unexpected error (a defect; --verbose prints its stack trace)"), r.out());
  }
}
