package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.ReportText;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import picocli.CommandLine.Option;

/**
 * The report a command reads ({@code --report}, Markdown) and the optional alias file ({@code
 * --aliases}); reading errors become one located sentence and an exit code.
 */
final class ReportOptions {

  @Option(names = {"--report", "-r"}, paramLabel = "FILE", required = true,
      description = "The report, in its Markdown rendering (UTF-8).")
  Path report;

  @Option(names = {"--aliases", "-a"}, paramLabel = "FILE",
      description = "Alias file: lines 'alias <source> = <alias>' and 'kind <source> = <KIND>'.")
  Optional<Path> aliases = Optional.empty();

  /** What reading gave: the report, or the exit code after the message was printed. */
  record Outcome(Optional<IngestedReport> read, int code) {}

  /** Reads the alias file and the report; on failure prints one sentence to {@code err}. */
  Outcome read(PrintWriter err) {
    return read(report, err);
  }

  /**
   * Reads the alias file and the given report (one of a folder named by {@code --report}); on
   * failure prints one sentence to {@code err}.
   */
  Outcome read(Path reportFile, PrintWriter err) {
    code = Coi.OK;
    AliasFile aliasFile = AliasFile.empty();
    if (aliases.isPresent()) {
      Path file = aliases.get();
      Optional<String> text = text(file, err);
      if (text.isEmpty()) {
        return new Outcome(Optional.empty(), code);
      }
      try {
        aliasFile = AliasFile.parse(text.get());
      } catch (ReportParseException e) {
        err.println("coi: " + file + ", " + e.getMessage() + ".");
        return new Outcome(Optional.empty(), Coi.INVALID_INPUT);
      }
    }
    Optional<String> text = text(reportFile, err);
    if (text.isEmpty()) {
      return new Outcome(Optional.empty(), code);
    }
    try {
      return new Outcome(Optional.of(ReportIngest.read(text.get(), aliasFile)), Coi.OK);
    } catch (ReportParseException e) {
      Path at = e.getMessage().contains("alias") ? aliases.orElse(reportFile) : reportFile;
      err.println("coi: " + at + ", " + e.getMessage() + ".");
      return new Outcome(Optional.empty(), Coi.INVALID_INPUT);
    }
  }

  private int code = Coi.OK;

  private Optional<String> text(Path file, PrintWriter err) {
    try {
      return Optional.of(ReportText.decode(Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      err.println("coi: cannot read " + file + ": no such file.");
      code = Coi.IO_ERROR;
    } catch (ReportParseException e) {
      err.println("coi: " + file + ", " + e.getMessage() + ".");
      code = Coi.INVALID_INPUT;
    } catch (IOException e) {
      err.println("coi: cannot read " + file + ": " + CorpusOption.why(e) + ".");
      code = Coi.IO_ERROR;
    }
    return Optional.empty();
  }
}
