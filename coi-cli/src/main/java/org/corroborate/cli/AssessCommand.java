package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.casework.Case;
import org.corroborate.casework.consistency.Assessment;
import org.corroborate.casework.consistency.ExternalConsistency;
import org.corroborate.casework.json.CaseFormatException;
import org.corroborate.casework.json.CaseJson;
import org.corroborate.model.EvidenceBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coi assess}: an applicant's material facts (a case file, format {@value CaseJson#FORMAT})
 * against the COI of the corpus available on the case's decision date ({@link
 * ExternalConsistency}), as text, a Markdown decision annex, JSON or a self-contained HTML page
 * ({@link CaseAnnex}).
 *
 * <p>JSON, exactly: {@code {"case", "decisionDate", "facts": [{"id", "statement", "assessment",
 * "reason", "supporting": [LINE...], "opposing": [LINE...], "pivotal": [SOURCE-ID...]}]}}, each
 * LINE the {@link EvidenceLineJson evidence line}. An invalid case file is reported problem by
 * problem, located (file, line and column, JSON pointer, fact id), with exit code {@value
 * Coi#INVALID_INPUT}.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess an applicant's material facts against the COI available on the decision"
        + " date: consistent, consistent with some of the COI, inconsistent, or not covered, with the"
        + " lines of evidence and the pivotal sources. External consistency only: it does not decide"
        + " credibility.")
final class AssessCommand implements Callable<Integer> {

  @Mixin CorpusOption corpus;

  @Option(names = "--case", required = true, paramLabel = "FILE.json",
      description = "The case (format " + CaseJson.FORMAT + ").")
  Path caseFile;

  @Option(names = "--recency-months", paramLabel = "N",
      defaultValue = "" + ExternalConsistency.DEFAULT_RECENCY_MONTHS,
      description = "A statement with no time of its own describes the N months before it was made"
          + " (default: ${DEFAULT-VALUE}).")
  int recencyMonths = ExternalConsistency.DEFAULT_RECENCY_MONTHS;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).",
      converter = AnalyzeCommand.FormatConverter.class)
  Format format = Format.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (recencyMonths < 0 || recencyMonths > ExternalConsistency.MAX_RECENCY_MONTHS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--recency-months must be 0 to "
          + ExternalConsistency.MAX_RECENCY_MONTHS + ": " + recencyMonths);
    }
    Progress progress = corpus.progress(spec);
    CorpusOption.Loaded loaded = corpus.load(spec, progress);
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    PrintWriter err = spec.commandLine().getErr();
    Case c;
    try {
      progress.step("reading " + caseFile);
      if (!Files.isRegularFile(caseFile)) {
        throw new NoSuchFileException(caseFile.toString(), null, "no such file");
      }
      c = CaseJson.read(caseFile, evidence);
    } catch (CaseFormatException e) {
      err.println("coi: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
          + " in " + e.origin() + ":");
      e.problems().forEach(p -> err.println("  " + e.origin() + ":" + p));
      return Coi.INVALID_INPUT;
    } catch (IOException e) {
      err.println("coi: cannot read " + caseFile + ": " + CorpusOption.why(e));
      if (Coi.verbose(spec)) {
        e.printStackTrace(err);
      }
      return Coi.IO_ERROR;
    }
    progress.step("assessing " + c.facts().size() + (c.facts().size() == 1 ? " fact" : " facts"));
    Assessment assessment = ExternalConsistency.over(evidence).withRecencyMonths(recencyMonths)
        .assess(c);
    PrintWriter out = spec.commandLine().getOut();
    CaseAnnex annex = new CaseAnnex(assessment, evidence, corpus.name());
    switch (format) {
      case TEXT -> annex.text(out);
      case MARKDOWN -> annex.markdown(out);
      case JSON -> out.println(annex.json());
      case HTML -> annex.html(out);
    }
    out.flush();
    return Coi.OK;
  }
}
