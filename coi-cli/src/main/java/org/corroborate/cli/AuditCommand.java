package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.CitationAudit;
import org.corroborate.ingest.audit.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coi audit}: problems with the correctness of a report's interview citations. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit a report's interview citations: unknown sources, paragraphs that do not"
        + " exist or are ambiguous, repeated citations, and statements whose cited paragraphs do not"
        + " give their content or numbers (with the paragraph nearby that probably was meant)."
        + " With --corpus, also read what each footnoted statement claims against the evidence base"
        + " encoded from the cited passages: CONTRADICTS_CITED, NUMBER_DIFFERS, NOT_ABOUT_CITED.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (and, with --fail-on, no finding of that severity or worse)",
      "1:the input is invalid",
      "2:the command line is wrong",
      "3:a file could not be read or written",
      "4:an unexpected error",
      "5:--fail-on warning|error: a finding of that severity or worse exists"
    })
final class AuditCommand implements Callable<Integer> {

  /** The least severity of a finding that makes {@code --fail-on} fail the run. */
  enum FailOn {
    /** Never fail on findings: today's behaviour. */
    NONE,
    /** Fail on a WARNING or an ERROR finding. */
    WARNING,
    /** Fail on an ERROR finding. */
    ERROR;

    /** Whether a finding of severity {@code s} fails the run. */
    boolean fails(Severity s) {
      return switch (this) {
        case NONE -> false;
        case WARNING -> s == Severity.WARNING || s == Severity.ERROR;
        case ERROR -> s == Severity.ERROR;
      };
    }
  }

  /** Reads {@code none}, {@code warning} and {@code error}, in any case. */
  static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "--fail-on takes none, warning or error, not '" + value + "'");
      }
    }
  }

  @Mixin ReportOptions options;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).",
      converter = TextOrJson.class)
  Format format = Format.TEXT;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
      description = "none, warning or error (default: ${DEFAULT-VALUE}): exit with code "
          + Coi.FINDINGS + " when a finding of that severity or worse exists.",
      converter = FailOnConverter.class)
  FailOn failOn = FailOn.NONE;

  /** The value of {@code --corpus} that names the bundled reference corpus. */
  static final String REFERENCE = "reference";

  @Option(names = {"--corpus", "-c"}, paramLabel = "FILE|reference",
      description = "Read each footnoted statement against this corpus (JSON, format "
          + org.corroborate.model.json.CorpusJson.FORMAT + " or older), encoded from the cited"
          + " passages; 'reference' is the bundled corpus of the DIS/SMA Russia report. Without it,"
          + " only the citations' pointing, words and numbers are audited.")
  Optional<String> corpus = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReportOptions.Outcome outcome = options.read(spec.commandLine().getErr());
    if (outcome.read().isEmpty()) {
      return outcome.code();
    }
    AuditReport audit;
    if (corpus.isPresent()) {
      CorpusOption option = new CorpusOption();
      if (!corpus.get().equals(REFERENCE)) {
        option.file = Optional.of(Path.of(corpus.get()));
      }
      CorpusOption.Loaded loaded = option.load(spec, Progress.none(spec));
      if (loaded.evidence().isEmpty()) {
        return loaded.exitCode();
      }
      audit = CitationAudit.audit(outcome.read().get(), loaded.evidence().get());
    } else {
      audit = CitationAudit.audit(outcome.read().get());
    }
    switch (format) {
      case TEXT -> IngestText.audit(audit, options.report.toString(), out);
      case MARKDOWN, HTML -> throw new IllegalStateException("--format admits text and json only");
      case JSON -> out.println(IngestJson.audit(audit));
    }
    out.flush();
    return audit.findings().stream().anyMatch(f -> failOn.fails(f.severity()))
        ? Coi.FINDINGS : Coi.OK;
  }
}
