package org.corroborate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.trust.EvidenceClaims;
import org.corroborate.analysis.trust.PaperMethod;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;
import org.corroborate.analysis.weight.TrustWeightPolicy;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.EvidenceBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coi analyze}: what the sources say, where they agree and where they dispute. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse a corpus: disputes first, then corroborated and single-source findings,"
        + " near-misses that are not disputes, agreement clusters and outliers.")
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin CorpusOption corpus;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
  Format format = Format.TEXT;

  @Option(names = "--topic", paramLabel = "ID",
      description = "Only propositions filed under this topic or its subtopics.")
  Optional<String> topic = Optional.empty();

  @Option(names = "--proposition", paramLabel = "ID", description = "Only this proposition.")
  Optional<String> proposition = Optional.empty();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Weigh recency against this date (half-life two years). Default: no recency.")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--trust", paramLabel = "METHOD", converter = TrustMethod.class,
      completionCandidates = TrustMethod.Names.class,
      description = "Scale every assertion's weight by its source's trust, estimated from the"
          + " corpus by METHOD (see coi trust): one of ${COMPLETION-CANDIDATES}. Default: no"
          + " trust prior.")
  Optional<PaperMethod> trust = Optional.empty();

  @Option(names = "--trust-strength", paramLabel = "LAMBDA", defaultValue = "0.5",
      description = "How far trust moves a weight, in [0, 1]: w(1 - LAMBDA + LAMBDA t)"
          + " (default: ${DEFAULT-VALUE}).")
  double trustStrength = 0.5;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!(trustStrength >= 0 && trustStrength <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--trust-strength must lie in [0, 1]: " + trustStrength);
    }
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = corpus.progress(spec);
    long start = System.nanoTime();
    CorpusOption.Loaded loaded = corpus.load(spec, progress);
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    Selection selection = Selection.of(evidence, topic, proposition, spec, corpus.name());
    progress.stepTimed(String.format(java.util.Locale.ROOT, "%,d assertions read; analysing",
        evidence.assertions().size()), start);
    WeightPolicy policy =
        asOf.map(AdmiraltyWeightPolicy::asOf).orElse(AdmiraltyWeightPolicy.standard());
    Optional<Weighting.TrustPrior> prior = Optional.empty();
    if (trust.isPresent()) {
      TruthEstimate estimate = trust.get().method().discover(EvidenceClaims.of(evidence));
      policy = TrustWeightPolicy.of(policy, estimate.trust(), trustStrength);
      prior = Optional.of(new Weighting.TrustPrior(estimate, trustStrength));
    }
    Weighting weighting = new Weighting(asOf, prior);
    AnalysisReport report = Analysis.of(evidence, policy);
    progress.stepTimed("analysed; writing the " + format.name().toLowerCase(java.util.Locale.ROOT) + " report", start);
    switch (format) {
      case TEXT -> new TextReport(report, selection, corpus.name(), weighting).print(out);
      case JSON -> {
        try {
          JsonReport.write(report, selection, weighting, out);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("a print writer reports no errors this way", e);
        }
        out.println();
      }
      case MARKDOWN -> new MarkdownReport(report, selection, corpus.name(), weighting).print(out);
      case HTML -> new HtmlReport(report, selection, corpus.name(), weighting).print(out);
    }
    out.flush();
    return Coi.OK;
  }

  /** Accepts {@code text}, {@code json}, {@code markdown} and {@code html}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown format '" + value + "'; use text, json, markdown or html");
    }
  }
}
