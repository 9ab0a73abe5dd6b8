package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.EvidenceBaseException;
import org.corroborate.model.SourceKind;
import org.corroborate.model.json.CorpusJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coi ingest}: the evidence-base skeleton of a report — one source per minutes section, its
 * minutes as a document, one passage per numbered paragraph — written as a corpus file, ready for
 * encoding propositions and assertions. Progress goes to standard error unless {@code --quiet}; the
 * summary and the number of diagnostics to standard output.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read a report and write its evidence-base skeleton (sources, minutes documents,"
        + " numbered paragraphs as passages) as a corpus file (format corroborate/1), ready for"
        + " annotation. 'coi citations' lists the diagnostics counted here.")
final class IngestCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Option(names = {"--out", "-o"}, paramLabel = "FILE.json", required = true,
      description = "Where to write the corpus; an existing file is replaced.")
  Path out;

  @Option(names = "--unknown-kind", paramLabel = "KIND", defaultValue = "NGO",
      description = "The kind given to a source whose kind neither the report nor the alias file"
          + " tells (default: ${DEFAULT-VALUE}; one of ${COMPLETION-CANDIDATES}).")
  SourceKind unknownKind = SourceKind.NGO;

  @Option(names = {"--quiet", "-q"}, description = "Do not report progress on standard error.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    progress("reading " + options.report);
    ReportOptions.Outcome outcome = options.read(err);
    if (outcome.read().isEmpty()) {
      return outcome.code();
    }
    IngestedReport read = outcome.read().get();
    progress(read.registry().sources().size() + " sources, "
        + read.citations().footnotes().size() + " footnotes read; building the skeleton");
    EvidenceBase skeleton;
    try {
      skeleton = read.evidence(unknownKind);
    } catch (EvidenceBaseException e) {
      err.println("coi: " + options.report + " gives no valid skeleton: " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + ":");
      e.problems().forEach(p -> err.println("  " + p));
      return Coi.INVALID_INPUT;
    }
    long unknown = read.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.SOURCE_KIND_UNKNOWN).count();
    if (unknown > 0) {
      progress(unknown + (unknown == 1 ? " source" : " sources") + " of unknown kind filed as "
          + unknownKind + " (set kinds in an alias file: 'kind <source> = <KIND>')");
    }
    progress("writing " + out);
    try {
      CorpusJson.write(skeleton, out);
    } catch (IOException e) {
      err.println("coi: cannot write " + out + ": " + e.getMessage() + ".");
      return Coi.IO_ERROR;
    }
    int diagnostics = read.diagnostics().size();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT, "%s: %d sources, %d documents, %d passages from %s;"
            + " %d diagnostic%s (list them with 'coi citations --report %s')",
        out, skeleton.sources().size(), skeleton.documents().size(), skeleton.passages().size(),
        options.report, diagnostics, diagnostics == 1 ? "" : "s", options.report));
    if (skeleton.sources().isEmpty()) {
      stdout.println("The report holds no minutes of meetings, so the skeleton has no sources: add them,"
          + " with their documents, by hand.");
    }
    stdout.flush();
    return Coi.OK;
  }

  private void progress(String message) {
    if (!quiet) {
      spec.commandLine().getErr().println("coi ingest: " + message);
      spec.commandLine().getErr().flush();
    }
  }
}
