package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.ingest.evidence.IngestedReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coi citations}: the sources, footnotes and citations of a report, with diagnostics. */
@Command(name = "citations", mixinStandardHelpOptions = true,
    description = "Read a report: its interview sources (from the minutes headings), every footnote"
        + " with its interview citations and written references, and every quirk met.")
final class CitationsCommand implements Callable<Integer> {

  @Mixin ReportOptions options;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = TextOrJson.class)
  Format format = Format.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReportOptions.Outcome outcome = options.read(spec.commandLine().getErr());
    if (outcome.read().isEmpty()) {
      return outcome.code();
    }
    IngestedReport read = outcome.read().get();
    switch (format) {
      case TEXT -> IngestText.citations(read, options.report.toString(), out);
      case MARKDOWN, HTML -> throw new IllegalStateException("--format admits text and json only");
      case JSON -> out.println(IngestJson.citations(read));
    }
    out.flush();
    return Coi.OK;
  }
}
