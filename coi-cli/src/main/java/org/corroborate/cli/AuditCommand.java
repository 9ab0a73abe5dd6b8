package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.CitationAudit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coi audit}: problems with the correctness of a report's interview citations. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit a report's interview citations: unknown sources, paragraphs that do not"
        + " exist or are ambiguous, repeated citations, and statements whose cited paragraphs do not"
        + " give their content or numbers (with the paragraph nearby that probably was meant).")
final class AuditCommand implements Callable<Integer> {

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
    AuditReport audit = CitationAudit.audit(outcome.read().get());
    switch (format) {
      case TEXT -> IngestText.audit(audit, options.report.toString(), out);
      case MARKDOWN, HTML -> throw new IllegalStateException("--format admits text and json only");
      case JSON -> out.println(IngestJson.audit(audit));
    }
    out.flush();
    return Coi.OK;
  }
}
