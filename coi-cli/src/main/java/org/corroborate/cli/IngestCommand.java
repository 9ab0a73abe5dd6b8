package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
 * {@code coi ingest}: the evidence-base skeleton of a report — one source per minutes section or
 * interview notes, its minutes as a document, one passage per numbered paragraph (per published
 * paragraph, by ordinal, in notes that number none) — written as a corpus file, ready for
 * encoding propositions and assertions. With a folder as {@code --report}, every Markdown report in
 * it ({@code *.md}, in name order) is read and written to {@code --out}, a folder, as {@code
 * NAME.json}; a report that cannot be read is reported and the others are still ingested. Progress
 * goes to standard error unless {@code --quiet}; the summary and the number of diagnostics to
 * standard output.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read a report and write its evidence-base skeleton (sources, minutes documents,"
        + " paragraphs as passages: numbered, or counted in interview notes that number none) as a corpus file (format " + CorpusJson.FORMAT + "), ready for"
        + " annotation. With a folder as --report, every *.md report in it is ingested into the"
        + " folder --out, as NAME.json. 'coi citations' lists the diagnostics counted here.")
final class IngestCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Option(names = {"--out", "-o"}, paramLabel = "FILE.json|FOLDER", required = true,
      description = "Where to write the corpus (a folder when --report is a folder); an existing"
          + " file is replaced.")
  Path out;

  @Option(names = "--unknown-kind", paramLabel = "KIND", defaultValue = "NGO",
      description = "The kind given to a source whose kind neither the report nor the alias file"
          + " tells (default: ${DEFAULT-VALUE}; one of ${COMPLETION-CANDIDATES}).")
  SourceKind unknownKind = SourceKind.NGO;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Files.isDirectory(options.report) ? ingestFolder() : ingest(options.report, out, "");
  }

  /** Every {@code *.md} report of the folder, in name order; the exit code of the first failure. */
  private int ingestFolder() {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      err.println("coi: " + out + " is a file; with a folder of reports, --out names a folder.");
      return Coi.USAGE;
    }
    List<Path> reports;
    try (Stream<Path> files = Files.list(options.report)) {
      reports = files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
      Files.createDirectories(out);
    } catch (IOException e) {
      err.println("coi: cannot list " + options.report + " or create " + out + ": " + e.getMessage() + ".");
      return Coi.IO_ERROR;
    }
    if (reports.isEmpty()) {
      err.println("coi: " + options.report + " holds no Markdown report (*.md).");
      return Coi.INVALID_INPUT;
    }
    int code = Coi.OK;
    int ingested = 0;
    for (int i = 0; i < reports.size(); i++) {
      Path report = reports.get(i);
      String name = report.getFileName().toString();
      Path target = out.resolve(name.substring(0, name.length() - ".md".length()) + ".json");
      int result = ingest(report, target, String.format(Locale.ROOT, "[%d/%d] ", i + 1, reports.size()));
      if (result == Coi.OK) {
        ingested++;
      } else if (code == Coi.OK) {
        code = result;
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT, "%d of %d report%s ingested into %s", ingested,
        reports.size(), reports.size() == 1 ? "" : "s", out));
    stdout.flush();
    return code;
  }

  /** Ingests one report into {@code target}; returns the exit code. */
  private int ingest(Path report, Path target, String step) {
    PrintWriter err = spec.commandLine().getErr();
    progress(step + "reading " + report);
    ReportOptions.Outcome outcome = options.read(report, err);
    if (outcome.read().isEmpty()) {
      return outcome.code();
    }
    IngestedReport read = outcome.read().get();
    progress(step + read.registry().sources().size() + " sources, "
        + read.citations().footnotes().size() + " footnotes read; building the skeleton");
    EvidenceBase skeleton;
    try {
      skeleton = read.evidence(unknownKind);
    } catch (EvidenceBaseException e) {
      err.println("coi: " + report + " gives no valid skeleton: " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems") + ":");
      e.problems().stream().limit(EvidenceBaseException.MAX_LISTED).forEach(p -> err.println("  " + p));
      if (e.problems().size() > EvidenceBaseException.MAX_LISTED) {
        err.println("  … and " + (e.problems().size() - EvidenceBaseException.MAX_LISTED) + " more");
      }
      return Coi.INVALID_INPUT;
    }
    long unknown = read.diagnostics().stream()
        .filter(d -> d.code() == DiagnosticCode.SOURCE_KIND_UNKNOWN).count();
    if (unknown > 0) {
      progress(step + unknown + (unknown == 1 ? " source" : " sources") + " of unknown kind filed as "
          + unknownKind + " (set kinds in an alias file: 'kind <source> = <KIND>')");
    }
    progress(step + "writing " + target);
    try {
      CorpusJson.write(skeleton, target);
    } catch (IOException e) {
      err.println("coi: cannot write " + target + ": " + CorpusOption.why(e) + ".");
      return Coi.IO_ERROR;
    }
    int diagnostics = read.diagnostics().size();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(String.format(Locale.ROOT, "%s: %d sources, %d documents, %d passages from %s;"
            + " %d diagnostic%s (list them with 'coi citations --report %s')",
        target, skeleton.sources().size(), skeleton.documents().size(), skeleton.passages().size(),
        report, diagnostics, diagnostics == 1 ? "" : "s", report));
    if (skeleton.sources().isEmpty()) {
      stdout.println("The report holds no minutes of meetings, so the skeleton has no sources: add them,"
          + " with their documents, by hand.");
    }
    stdout.flush();
    return Coi.OK;
  }

  private void progress(String message) {
    Progress.of(spec).step(message);
  }
}
