package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.trust.CopyAwareAccuracy;
import org.corroborate.analysis.trust.DecidedValue;
import org.corroborate.analysis.trust.EvidenceClaims;
import org.corroborate.analysis.trust.LatentCredibility;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.trust.TruthProblem;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/** {@code coi trust} and {@code coi analyze --trust} on the bundled reference corpus. */
final class TrustCommandTest {

  private static final EvidenceBase REFERENCE = ReferenceCorpora.russiaConscription2025();

  private static JsonNode json(String... args) throws IOException {
    Run r = Run.coi(args);
    assertEquals(Coi.OK, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void trust_json_isTheLibrarysEstimateInTheContractsOrder() throws IOException {
    TruthProblem problem = EvidenceClaims.of(REFERENCE);
    TruthEstimate expected = CopyAwareAccuracy.standard().discover(problem);
    JsonNode root = json("trust", "--format", "json");
    assertEquals("AccuCopy", root.get("method").asText(), "the default method");
    assertEquals(expected.iterations(), root.get("rounds").asInt());
    assertEquals(expected.termination().name(), root.get("termination").asText());
    JsonNode sources = root.get("sources");
    assertEquals(expected.trust().size(), sources.size());
    int answers = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode s : sources) {
      double trust = s.get("trust").asDouble();
      assertEquals(expected.trust().get(s.get("id").asText()), trust, 0.0, s.toString());
      assertTrue(trust <= previous, "most trusted first: " + s);
      previous = trust;
      assertEquals(REFERENCE.source(s.get("id").asText()).orElseThrow().name(),
          s.get("name").asText());
      assertTrue(s.get("contested").asInt() <= s.get("answers").asInt(), s.toString());
      answers += s.get("answers").asInt();
    }
    assertEquals(problem.claims().size(), answers, "every claim is some source's answer");
    List<DecidedValue> contested = new ArrayList<>();
    expected.decisions().values().forEach(d -> {
      if (!d.rivals().isEmpty()) {
        contested.add(d);
      }
    });
    JsonNode questions = root.get("questions");
    assertEquals(contested.size(), questions.size(), "only questions with rival answers");
    previous = Double.NEGATIVE_INFINITY;
    boolean nearTies = true;
    for (JsonNode q : questions) {
      DecidedValue d = expected.decisions().get(q.get("proposition").asText());
      assertEquals(d.value(), q.get("answer").asText());
      assertEquals(d.confidence(), q.get("confidence").asDouble(), 0.0);
      boolean nearTie = !q.get("decided").asBoolean();
      assertTrue(nearTies || !nearTie, "the undecided first: " + q.get("proposition"));
      if (nearTies && !nearTie) {
        nearTies = false;
        previous = Double.NEGATIVE_INFINITY;
      }
      assertTrue(d.confidence() >= previous, "then least certain first: " + q.get("proposition"));
      previous = d.confidence();
      assertEquals(d.reason(), q.get("reason").asText());
      assertEquals(d.supporters().size(), q.get("supporters").size());
      assertEquals(d.rivals().size(), q.get("rivals").size());
      assertEquals(REFERENCE.proposition(d.object()).orElseThrow().text(), q.get("text").asText());
    }
  }

  /**
   * Truth discovery sees what the analysis counts: on every yes/no question of the reference
   * corpus, the sources that claim "affirms" are the analysis's supporting sources and those that
   * claim "denies" its opposing ones, derived bearings included (posted in Donetsk affirms posted
   * in the regions annexed in 2022).
   */
  @Test
  void evidenceClaims_areTheSidesTheAnalysisCounts() {
    org.corroborate.analysis.AnalysisReport report =
        org.corroborate.analysis.Analysis.of(REFERENCE);
    TruthProblem problem = EvidenceClaims.of(REFERENCE, report.derivation());
    assertEquals(EvidenceClaims.of(REFERENCE).claims(), problem.claims(), "derived here or given");
    Map<String, java.util.Set<String>> affirming = new HashMap<>();
    Map<String, java.util.Set<String>> denying = new HashMap<>();
    problem.claims().forEach(c -> {
      if (c.value().equals(EvidenceClaims.AFFIRMS)) {
        affirming.computeIfAbsent(c.object(), o -> new java.util.TreeSet<>()).add(c.source());
      } else if (c.value().equals(EvidenceClaims.DENIES)) {
        denying.computeIfAbsent(c.object(), o -> new java.util.TreeSet<>()).add(c.source());
      }
    });
    int yesNo = 0;
    for (org.corroborate.analysis.corroboration.Corroboration c : report.corroborations()) {
      if (c.proposition().asksForValue()) {
        continue;
      }
      yesNo++;
      String id = c.proposition().id();
      assertEquals(c.supportingSources(), affirming.getOrDefault(id, java.util.Set.of()),
          id + ": affirming");
      assertEquals(c.opposingSources(), denying.getOrDefault(id, java.util.Set.of()),
          id + ": denying");
    }
    assertTrue(yesNo > 300, "the yes/no questions of the reference corpus: " + yesNo);
    assertEquals(java.util.Set.of("claus-mathiesen", "huseyn-aliyev", "irina-novik",
        "sergey-krivenko"), affirming.get("posted-in-annexed-2022"),
        "Claus Mathiesen and Sergey Krivenko say so; Huseyn Aliyev and Irina Novik say so of Donetsk"
            + " and Luhansk");
  }

  @Test
  void trust_methodAndAll_listEveryQuestion() throws IOException {
    JsonNode root = json("trust", "--method", "MISTAKE-LCA", "--all", "--format", "json");
    assertEquals("MistakeLCA", root.get("method").asText());
    TruthEstimate expected = LatentCredibility.of(LatentCredibility.Model.MISTAKE)
        .discover(EvidenceClaims.of(REFERENCE));
    assertEquals(expected.decisions().size(), root.get("questions").size());
  }

  @Test
  void trust_text_namesTheMethodTheCountsAndTheMostTrustedSourceFirst() {
    Run r = Run.coi("trust", "--method", "truthfinder");
    assertEquals(Coi.OK, r.code(), r.err());
    TruthProblem problem = EvidenceClaims.of(REFERENCE);
    String flat = r.out().replaceAll("\\s+", " ");
    assertTrue(flat.contains(", by TruthFinder: "), r.out());
    assertTrue(flat.contains(problem.sourceCount() + " of the " + REFERENCE.sources().size()
        + " sources answer " + problem.objectCount() + " questions"), r.out());
    String top = r.out().lines().dropWhile(l -> !l.startsWith("Sources, most trusted first"))
        .skip(1).findFirst().orElseThrow();
    Map.Entry<String, Double> best = org.corroborate.analysis.trust.TruthFinder.standard()
        .discover(problem).trust().entrySet().stream()
        .max(Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .orElseThrow();
    assertTrue(top.contains("(" + best.getKey() + ")"), top + " / " + best);
    for (String line : r.out().split("\n")) {
      assertTrue(line.length() <= TextReport.WIDTH, "too wide: " + line);
    }
  }

  @Test
  void trust_propositionAndTopic_onlyListThoseQuestions() throws IOException {
    JsonNode one = json("trust", "--format", "json", "--proposition", "posted-in-annexed-2022");
    assertEquals(1, one.get("questions").size());
    assertEquals("posted-in-annexed-2022",
        one.get("questions").get(0).get("proposition").asText());
    assertEquals(json("trust", "--format", "json").get("sources"), one.get("sources"),
        "the trust is still estimated from the whole corpus");
    JsonNode topic = json("trust", "--format", "json", "--topic", "posting", "--all");
    assertTrue(topic.get("questions").size() > 1, "the questions of the topic");
    for (JsonNode q : topic.get("questions")) {
      String id = q.get("proposition").asText();
      assertTrue(REFERENCE.topicPath(REFERENCE.proposition(id).orElseThrow().topic()).stream()
          .anyMatch(t -> t.id().equals("posting")), id + " is filed under posting");
    }
    Run unknown = Run.coi("trust", "--proposition", "no-such-question");
    assertEquals(Coi.USAGE, unknown.code());
    assertTrue(unknown.err().contains("no proposition 'no-such-question'"), unknown.err());
  }

  @Test
  void trust_neverPresentsANearTieOfTheAnalysisAsDecided() throws IOException {
    JsonNode root = json("trust", "--format", "json");
    org.corroborate.analysis.AnalysisReport report =
        org.corroborate.analysis.Analysis.of(REFERENCE);
    int nearTies = 0;
    boolean seenDecided = false;
    Map<String, String> shownAt = new java.util.TreeMap<>();
    report.disputes().forEach(d -> d.covers().forEach(c -> shownAt.put(c, d.proposition().id())));
    for (JsonNode q : root.get("questions")) {
      String id = q.get("proposition").asText();
      org.corroborate.analysis.trust.EvidenceBalance balance =
          org.corroborate.analysis.trust.EvidenceBalance.of(
              report.corroboration(shownAt.getOrDefault(id, id)).orElseThrow());
      assertEquals(balance.nearTie(), q.get("evidence").get("nearTie").asBoolean(), id);
      double confidence = q.get("confidence").asDouble();
      boolean modelTie = false;
      for (JsonNode rival : q.get("rivals")) {
        modelTie |= confidence - rival.get("confidence").asDouble() < TrustCommand.MODEL_TIE;
      }
      assertEquals(!modelTie && balance.settles(q.get("answer").asText()),
          q.get("decided").asBoolean(), id);
      assertEquals(balance.sides().size(), q.get("evidence").get("sides").size());
      JsonNode sides = q.get("evidence").get("sides");
      if (balance.nearTie()) {
        nearTies++;
        assertFalse(q.get("decided").asBoolean(), "a near tie is never decided");
        assertTrue(sides.get(1).get("weight").asDouble()
            >= org.corroborate.analysis.trust.EvidenceBalance.NEAR_TIE
                * sides.get(0).get("weight").asDouble());
      }
      if (q.get("decided").asBoolean()) {
        seenDecided = true;
        String answer = q.get("answer").asText();
        if (sides.size() > 0 && (answer.equals("affirms") || answer.equals("denies"))) {
          assertEquals(sides.get(0).get("answer").asText(), answer,
              "a decided yes/no answer is the analysis's heavier side");
        }
      } else {
        assertFalse(seenDecided, "the undecided come first: " + q.get("proposition").asText());
      }
    }
    assertTrue(nearTies > 0, "the reference corpus has near ties (the annexed regions among them)");
    Run r = Run.coi("trust", "--proposition", "posted-in-annexed-2022");
    assertTrue(r.out().contains("not decided: the evidence is a near tie"), r.out());
    // Donetsk's disagreement is shown once, at the annexed regions: it is weighed as that one
    Run donetsk = Run.coi("trust", "--proposition", "posted-in-donetsk");
    assertTrue(donetsk.out().contains("not decided: the evidence is a near tie"), donetsk.out());
  }

  @Test
  void aFormerIdOfAMergedProposition_stillSelectsIt() throws IOException {
    JsonNode byAlias = json("analyze", "--format", "json", "--proposition", "conscript-pay-eur");
    JsonNode byId = json("analyze", "--format", "json", "--proposition", "conscript-pay");
    assertEquals(byId.get("propositions"), byAlias.get("propositions"));
    assertEquals(1, byAlias.get("propositions").size());
    assertEquals("conscript-pay", byAlias.get("propositions").get(0).get("id").asText());
  }

  @Test
  void trust_unknownMethod_isAUsageErrorNamingTheMethods() {
    Run r = Run.coi("trust", "--method", "oracle");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().contains("unknown method 'oracle'") && r.err().contains("mistake-lca"),
        r.err());
  }

  /**
   * Trust scales each assertion's weight by at most 1, so the weight of every side, support and
   * opposition, can only fall (a proposition's net weight can rise when its opposition falls
   * more); at strength 0 nothing changes.
   */
  @Test
  void analyzeWithTrust_onlyTakesWeightAwayAndAtStrengthZeroChangesNothing()
      throws IOException {
    Map<String, Double> base = weights(json("analyze", "--format", "json"));
    Map<String, Double> none = weights(json("analyze", "--format", "json", "--trust",
        "truthfinder", "--trust-strength", "0"));
    Map<String, Double> full = weights(json("analyze", "--format", "json", "--trust",
        "truthfinder", "--trust-strength", "1"));
    assertEquals(base.keySet(), full.keySet());
    base.forEach((id, w) -> assertEquals(w, none.get(id), 1e-12, id + " at strength 0"));
    base.forEach((id, w) -> assertTrue(full.get(id) <= w + 1e-12, id + ": " + full.get(id)
        + " above " + w));
    assertTrue(base.entrySet().stream().anyMatch(e -> full.get(e.getKey()) < e.getValue() - 1e-9),
        "trust below 1 lowers some weight");
    Run wrong = Run.coi("analyze", "--trust", "accu", "--trust-strength", "1.5");
    assertEquals(Coi.USAGE, wrong.code());
    assertTrue(wrong.err().contains("--trust-strength must lie in [0, 1]"), wrong.err());
  }

  @Test
  void analyzeWithTrust_everyReportSaysHowItsWeightsWereMade() throws IOException {
    TruthEstimate estimate = org.corroborate.analysis.trust.TruthFinder.standard()
        .discover(EvidenceClaims.of(REFERENCE));
    String sentence = "with λ = 0.25 and t the source's trust estimated from this corpus by"
        + " TruthFinder (" + estimate.iterations() + " round(s), converged).";
    for (String format : List.of("text", "markdown", "html")) {
      Run r = Run.coi("analyze", "--format", format, "--trust", "truthfinder",
          "--trust-strength", "0.25");
      assertEquals(Coi.OK, r.code(), r.err());
      String expected = format.equals("html") ? HtmlEscaper.escape(sentence) : sentence;
      assertTrue(r.out().replaceAll("\\s+", " ").contains(expected), format + ": " + r.out()
          .lines().limit(8).toList());
      Run plain = Run.coi("analyze", "--format", format);
      assertTrue(!plain.out().contains("Weights:"), format + ": the grading alone goes unsaid");
    }
    JsonNode weighting = json("analyze", "--format", "json", "--trust", "truthfinder",
        "--as-of", "2025-01-01").get("weighting");
    assertEquals("2025-01-01", weighting.get("asOf").asText());
    JsonNode prior = weighting.get("trustPrior");
    assertEquals("TruthFinder", prior.get("method").asText());
    assertEquals(0.5, prior.get("strength").asDouble(), 0.0);
    assertEquals(estimate.iterations(), prior.get("rounds").asInt());
    estimate.trust().forEach((source, t) ->
        assertEquals(t, prior.get("trust").get(source).asDouble(), 0.0, source));
    JsonNode none = json("analyze", "--format", "json").get("weighting");
    assertTrue(none.get("asOf").isNull() && none.get("trustPrior").isNull(), none.toString());
  }

  private static Map<String, Double> weights(JsonNode report) {
    Map<String, Double> weights = new HashMap<>();
    for (JsonNode p : report.get("propositions")) {
      weights.put(p.get("id").asText() + " support", p.get("support").asDouble());
      weights.put(p.get("id").asText() + " opposition", p.get("opposition").asDouble());
    }
    return weights;
  }
}
