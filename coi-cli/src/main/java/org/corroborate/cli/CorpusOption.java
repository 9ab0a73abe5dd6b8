package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.json.CorpusFormatException;
import org.corroborate.model.json.CorpusJson;
import picocli.CommandLine.Option;

/**
 * The corpus a command works on: a JSON file, or by default the bundled reference corpus, DIS/SMA,
 * Russia – Conscription (January 2025), encoded from the meeting minutes.
 */
final class CorpusOption {

  /** The name under which the bundled corpus is reported. */
  static final String BUNDLED = "the reference corpus (DIS/SMA, Russia – Conscription, January 2025)";

  @Option(names = {"--corpus", "-c"}, paramLabel = "FILE.json",
      description = "Corpus to analyse (format " + CorpusJson.FORMAT + " or older). Default: the bundled reference corpus.")
  Optional<Path> file = Optional.empty();

  /** The name of the corpus, for headings and messages. */
  String name() {
    return file.map(Path::toString).orElse(BUNDLED);
  }

  /** Progress of work on this corpus: shown for a large corpus file only (see {@link Progress}). */
  Progress progress(picocli.CommandLine.Model.CommandSpec spec) {
    return file.map(f -> Progress.ofCorpus(spec, f)).orElseGet(() -> Progress.none(spec));
  }

  /** Reads the corpus. */
  EvidenceBase read() throws IOException {
    if (file.isPresent()) {
      if (!Files.isRegularFile(file.get())) {
        throw new NoSuchFileException(file.get().toString(), null, "no such file");
      }
      return CorpusJson.read(file.get());
    }
    return ReferenceCorpora.russiaConscription2025();
  }

  /**
   * Why a file could not be read or written, without repeating its name: the reason of a file
   * system error, else the exception's message.
   */
  static String why(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * The corpus as read, or the exit code a command returns when it could not be read.
   *
   * @param evidence the evidence base, empty when it could not be read
   * @param exitCode {@link Coi#OK}, or {@link Coi#INVALID_INPUT} or {@link Coi#IO_ERROR}
   */
  record Loaded(Optional<EvidenceBase> evidence, int exitCode) {}

  /**
   * Reads the corpus, showing the step on {@code progress}; when it cannot be read, reports why on
   * standard error — every format problem with its location, or the file system's reason (and
   * with {@code --verbose} the stack trace) — and gives the exit code instead.
   */
  Loaded load(picocli.CommandLine.Model.CommandSpec spec, Progress progress) {
    java.io.PrintWriter err = spec.commandLine().getErr();
    try {
      progress.step("reading " + name());
      return new Loaded(Optional.of(read()), Coi.OK);
    } catch (CorpusFormatException e) {
      report(e, err);
      return new Loaded(Optional.empty(), Coi.INVALID_INPUT);
    } catch (IOException e) {
      err.println("coi: cannot read " + name() + ": " + why(e));
      if (Coi.verbose(spec)) {
        e.printStackTrace(err);
      }
      return new Loaded(Optional.empty(), Coi.IO_ERROR);
    }
  }

  /** Prints a corpus format problem list, one problem a line. */
  static void report(CorpusFormatException e, java.io.PrintWriter err) {
    err.println("coi: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
        + " in " + e.origin() + ":");
    e.problems().stream().limit(org.corroborate.model.EvidenceBaseException.MAX_LISTED)
        .forEach(p -> err.println("  " + e.origin() + ":" + p));
    if (e.problems().size() > org.corroborate.model.EvidenceBaseException.MAX_LISTED) {
      err.println("  … and " + (e.problems().size() - org.corroborate.model.EvidenceBaseException.MAX_LISTED)
          + " more");
    }
  }
}
