package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Progress of long work on standard error ({@code coi <command>: <step>}), hidden by {@code
 * --quiet}. Reports and exit codes never depend on it: standard output carries the result.
 */
final class Progress {

  /** A corpus file of at least this many bytes (1 MiB) is large: reading and analysing it takes a while. */
  static final long LARGE_CORPUS_BYTES = 1L << 20;

  private final PrintWriter err;
  private final String command;
  private final boolean shown;

  private Progress(PrintWriter err, String command, boolean shown) {
    this.err = err;
    this.command = command;
    this.shown = shown;
  }

  /** Progress of the command of {@code spec}, shown unless {@code --quiet}. */
  static Progress of(CommandSpec spec) {
    return new Progress(spec.commandLine().getErr(), spec.qualifiedName(), !Coi.quiet(spec));
  }

  /**
   * Progress of work on a corpus file, shown only when the file is large ({@link
   * #LARGE_CORPUS_BYTES}) and not {@code --quiet}: small corpora, the bundled one included, are
   * done before a progress line could help.
   */
  static Progress ofCorpus(CommandSpec spec, Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = 0; // the command itself reports the file it cannot read
    }
    return new Progress(spec.commandLine().getErr(), spec.qualifiedName(),
        !Coi.quiet(spec) && size >= LARGE_CORPUS_BYTES);
  }

  /** Progress that is never shown. */
  static Progress none(CommandSpec spec) {
    return new Progress(spec.commandLine().getErr(), spec.qualifiedName(), false);
  }

  /** Reports one step. */
  void step(String message) {
    if (shown) {
      err.println(command + ": " + message);
      err.flush();
    }
  }

  /** Reports one step with the milliseconds since {@code startNanos}. */
  void stepTimed(String message, long startNanos) {
    step(String.format(Locale.ROOT, "%s (%,d ms)", message, (System.nanoTime() - startNanos) / 1_000_000));
  }
}
