package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.corroborate.analysis.trust.EvidenceBalance;
import org.corroborate.analysis.trust.Claim;
import org.corroborate.analysis.trust.DecidedValue;
import org.corroborate.analysis.trust.EvidenceClaims;
import org.corroborate.analysis.trust.PaperMethod;
import org.corroborate.analysis.trust.SourceVote;
import org.corroborate.analysis.trust.TruthDiscovery;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.trust.TruthProblem;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coi trust}: which sources tend to be right where they disagree with independent others,
 * estimated from the corpus by a truth-discovery method, and the answer it decides for every
 * question that has rival answers, with why.
 *
 * <p>JSON fields (a contract: fields may be added, none renamed or retyped): {@code corpus},
 * {@code method}, {@code rounds}, {@code termination} ({@code CONVERGED}, {@code OSCILLATED},
 * {@code ROUND_LIMIT}), {@code sources} ({@code id}, {@code name}, {@code trust}, {@code answers},
 * {@code contested}: answers on questions with rival answers), most trusted first, and {@code
 * questions} ({@code proposition}, {@code text}, {@code answer}, {@code confidence}, {@code
 * reason}, {@code supporters} with {@code source}, {@code trust}, {@code vote}, and {@code rivals}
 * with {@code answer}, {@code confidence}, {@code decided} — false when the analysis weighs the
 * question as a near tie or weighs the other answer heavier, or when a rival answer of the model
 * comes within {@value #MODEL_TIE} of its confidence — and {@code evidence} with {@code
 * nearTie} and {@code sides}, each an {@code answer} and its {@code weight} in the analysis), the
 * undecided first, each group least certain first. See {@link EvidenceBalance} for how the trust's decision and the analysis relate.
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
    description = "Estimate from the corpus which sources tend to be right where they disagree with"
        + " independent others (truth discovery), and decide every question with rival answers.")
final class TrustCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin CorpusOption corpus;

  @Option(names = {"--method", "-m"}, paramLabel = "METHOD", defaultValue = "accucopy",
      converter = TrustMethod.class, completionCandidates = TrustMethod.Names.class,
      description = "The method: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}, which finds"
          + " sources that copy one another from shared false answers.")
  PaperMethod method = PaperMethod.ACCU_COPY;

  @Option(names = "--all", description = "Also list the questions without rival answers.")
  boolean all;

  @Option(names = "--topic", paramLabel = "ID",
      description = "Only the questions filed under this topic or its subtopics (the trust is"
          + " still estimated from the whole corpus).")
  Optional<String> topic = Optional.empty();

  @Option(names = "--proposition", paramLabel = "ID", description = "Only this question.")
  Optional<String> proposition = Optional.empty();

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).", converter = TextOrJson.class)
  Format format = Format.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** How the analysis weighs each listed question, set beside the decision. */
  private Map<String, EvidenceBalance> balance = Map.of();

  /** How close a rival answer's confidence may come before the model's own decision is a tie. */
  static final double MODEL_TIE = 0.05;

  /** Whether the model's own answers are (nearly) tied: a rival within {@link #MODEL_TIE}. */
  private static boolean modelTie(DecidedValue d) {
    return d.rivals().values().stream().anyMatch(c -> d.confidence() - c < MODEL_TIE);
  }

  /** Whether the decision may be presented as settled: see {@link EvidenceBalance#settles}. */
  private boolean decided(DecidedValue d) {
    return !modelTie(d) && balanceOf(d).settles(d.value());
  }

  private EvidenceBalance balanceOf(DecidedValue d) {
    return balance.getOrDefault(d.object(), new EvidenceBalance(com.google.common.collect.ImmutableList.of()));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CorpusOption.Loaded loaded = corpus.load(spec, corpus.progress(spec));
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    Selection selection = Selection.of(evidence, topic, proposition, spec, corpus.name());
    TruthDiscovery discovery = method.method();
    TruthProblem problem = EvidenceClaims.of(evidence);
    TruthEstimate estimate = discovery.discover(problem);
    List<DecidedValue> questions = new ArrayList<>(estimate.decisions().values());
    questions.removeIf(d -> !selection.shows(d.object()) || !all && d.rivals().isEmpty());
    // each question weighed as the analysis weighs it; a question whose disagreement the analysis
    // shows once, at a wider question, is weighed as that wider question
    org.corroborate.analysis.AnalysisReport analysis = org.corroborate.analysis.Analysis.of(evidence);
    Map<String, String> shownAt = new TreeMap<>();
    for (org.corroborate.analysis.dispute.Dispute d : analysis.disputes()) {
      d.covers().forEach(covered -> shownAt.put(covered, d.proposition().id()));
    }
    Map<String, EvidenceBalance> balance = new TreeMap<>();
    for (DecidedValue d : questions) {
      analysis.corroboration(shownAt.getOrDefault(d.object(), d.object()))
          .ifPresent(c -> balance.put(d.object(), EvidenceBalance.of(c)));
    }
    this.balance = balance;
    questions.sort(Comparator.comparing((DecidedValue d) -> decided(d))
        .thenComparingDouble(DecidedValue::confidence)
        .thenComparing(DecidedValue::object));
    Map<String, int[]> answers = new TreeMap<>();
    for (Claim c : problem.claims()) {
      int[] counts = answers.computeIfAbsent(c.source(), s -> new int[2]);
      counts[0]++;
      counts[1] += estimate.decisions().get(c.object()).rivals().isEmpty() ? 0 : 1;
    }
    List<Map.Entry<String, Double>> sources = new ArrayList<>(estimate.trust().entrySet());
    sources.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    if (format == Format.JSON) {
      out.println(json(evidence, estimate, sources, answers, questions));
    } else {
      text(out, evidence, estimate, problem, sources, answers, questions);
    }
    out.flush();
    return Coi.OK;
  }

  private void text(PrintWriter out, EvidenceBase evidence, TruthEstimate estimate,
      TruthProblem problem, List<Map.Entry<String, Double>> sources, Map<String, int[]> answers,
      List<DecidedValue> questions) {
    long contested = estimate.decisions().values().stream()
        .filter(d -> !d.rivals().isEmpty()).count();
    TextReport.wrap(out, "", "Source trust in " + corpus.name() + ", by " + estimate.method()
        + ": " + estimate.iterations() + " round(s), " + ending(estimate) + ".", "  ");
    TextReport.wrap(out, "", problem.sourceCount() + " of the " + evidence.sources().size()
        + " sources answer " + problem.objectCount() + " questions; " + contested
        + " questions have rival answers.", "  ");
    out.println();
    out.println("Sources, most trusted first (trust, answers, answers on questions with rivals):");
    for (Map.Entry<String, Double> s : sources) {
      int[] counts = answers.get(s.getKey());
      TextReport.wrap(out, "  ", String.format(Locale.ROOT, "%.3f  %s (%s): %d answer(s), %d"
          + " contested", s.getValue(), name(evidence, s.getKey()), s.getKey(), counts[0],
          counts[1]), "         ");
    }
    out.println();
    out.println((all ? "Every question" : "Questions with rival answers")
        + ", least certain first (" + questions.size() + "):");
    for (DecidedValue d : questions) {
      out.println();
      TextReport.wrap(out, "  ", d.object() + ": " + evidence.proposition(d.object())
          .map(Proposition::text).orElse(d.object()), "    ");
      EvidenceBalance weighed = balanceOf(d);
      if (weighed.nearTie()) {
        TextReport.wrap(out, "    not decided: ", String.format(Locale.ROOT, "the evidence is a near"
            + " tie (%s); the model leans %s (confidence %.3f) on the sources' record elsewhere,"
            + " not on this question's evidence", weighed, d.value(), d.confidence()), "      ");
      } else if (modelTie(d)) {
        TextReport.wrap(out, "    not decided: ", String.format(Locale.ROOT, "the model's own"
            + " answers are tied (%s at %.3f and a rival within %.2f)%s", d.value(), d.confidence(),
            MODEL_TIE, weighed.sides().isEmpty() ? "" : "; the evidence: " + weighed), "      ");
      } else if (!weighed.settles(d.value())) {
        TextReport.wrap(out, "    not decided: ", String.format(Locale.ROOT, "the evidence weighs"
            + " the other way (%s); the model leans %s (confidence %.3f) on the sources' record"
            + " elsewhere, against this question's evidence", weighed, d.value(), d.confidence()),
            "      ");
      } else {
        TextReport.wrap(out, "    decided: ", String.format(Locale.ROOT, "%s (confidence %.3f)",
            d.value(), d.confidence()), "      ");
        if (!weighed.sides().isEmpty()) {
          TextReport.wrap(out, "    evidence: ", weighed.toString(), "      ");
        }
      }
      TextReport.wrap(out, "    why: ", d.reason(), "      ");
      List<String> supporters = new ArrayList<>();
      for (SourceVote v : d.supporters()) {
        supporters.add(String.format(Locale.ROOT, "%s (trust %.3f, vote %.3f)",
            name(evidence, v.source()), v.trust(), v.vote()));
      }
      TextReport.wrap(out, "    for: ", String.join("; ", supporters), "      ");
      List<String> rivals = new ArrayList<>();
      d.rivals().forEach((value, confidence) ->
          rivals.add(String.format(Locale.ROOT, "%s (confidence %.3f)", value, confidence)));
      if (!rivals.isEmpty()) {
        TextReport.wrap(out, "    rivals: ", String.join("; ", rivals), "      ");
      }
    }
  }

  private String json(EvidenceBase evidence, TruthEstimate estimate,
      List<Map.Entry<String, Double>> sources, Map<String, int[]> answers,
      List<DecidedValue> questions) {
    ObjectNode root = MAPPER.createObjectNode().put("corpus", corpus.name())
        .put("method", estimate.method()).put("rounds", estimate.iterations())
        .put("termination", estimate.termination().name());
    ArrayNode sourceArray = root.putArray("sources");
    for (Map.Entry<String, Double> s : sources) {
      int[] counts = answers.get(s.getKey());
      sourceArray.addObject().put("id", s.getKey()).put("name", name(evidence, s.getKey()))
          .put("trust", s.getValue()).put("answers", counts[0]).put("contested", counts[1]);
    }
    ArrayNode questionArray = root.putArray("questions");
    for (DecidedValue d : questions) {
      ObjectNode q = questionArray.addObject().put("proposition", d.object())
          .put("text", evidence.proposition(d.object()).map(Proposition::text).orElse(null))
          .put("answer", d.value()).put("confidence", d.confidence()).put("reason", d.reason());
      EvidenceBalance weighed = balanceOf(d);
      q.put("decided", decided(d));
      ObjectNode evidenceNode = q.putObject("evidence").put("nearTie", weighed.nearTie());
      ArrayNode sidesNode = evidenceNode.putArray("sides");
      for (EvidenceBalance.Side side : weighed.sides()) {
        sidesNode.addObject().put("answer", side.answer()).put("weight", side.weight());
      }
      ArrayNode supporters = q.putArray("supporters");
      for (SourceVote v : d.supporters()) {
        supporters.addObject().put("source", v.source()).put("trust", v.trust())
            .put("vote", v.vote());
      }
      ArrayNode rivals = q.putArray("rivals");
      d.rivals().forEach((value, confidence) ->
          rivals.addObject().put("answer", value).put("confidence", confidence));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values did not serialise", e);
    }
  }

  private static String name(EvidenceBase evidence, String source) {
    return evidence.source(source).map(s -> s.name()).orElse(source);
  }

  private static String ending(TruthEstimate estimate) {
    return switch (estimate.termination()) {
      case CONVERGED -> "converged";
      case OSCILLATED -> "the decided answers oscillate (the last round is shown)";
      case ROUND_LIMIT -> "stopped at the round limit before converging";
    };
  }
}
