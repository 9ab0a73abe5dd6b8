package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/**
 * The evidence line in {@code coi analyze --format json} on the reference corpus: one shape, the
 * same keys everywhere, every camp's and finding's assertions, and nearly every line carrying a
 * quote, a hedge and a time.
 */
class EvidenceLineJsonTest {

  private static final List<String> KEYS = List.of("assertion", "source", "passages", "quote",
      "hedge", "quantifier", "basis", "value", "time", "selector");

  private static final EvidenceBase EVIDENCE = ReferenceCorpora.russiaConscription2025();
  private static final AnalysisReport REPORT = Analysis.of(EVIDENCE);

  private static JsonNode analysis() throws Exception {
    Run r = Run.coi("analyze", "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void everyLineHasExactlyTheKeysOfTheShapeAndMatchesItsAssertion() throws Exception {
    JsonNode root = analysis();
    List<JsonNode> lines = new ArrayList<>();
    root.get("disputes").forEach(d -> d.get("camps").forEach(c -> c.get("lines").forEach(lines::add)));
    root.get("propositions").forEach(p -> p.get("lines").forEach(lines::add));
    assertTrue(lines.size() > 900, "lines in camps and findings: " + lines.size());
    for (JsonNode line : lines) {
      List<String> keys = new ArrayList<>();
      line.fieldNames().forEachRemaining(keys::add);
      assertEquals(KEYS, keys, line.toString());
      Assertion a = EVIDENCE.assertion(line.get("assertion").asText()).orElseThrow();
      assertEquals(a.source(), line.get("source").asText());
      assertEquals(a.passages().size(), line.get("passages").size());
      for (JsonNode p : line.get("passages")) {
        List<String> passageKeys = new ArrayList<>();
        p.fieldNames().forEachRemaining(passageKeys::add);
        assertEquals(List.of("document", "paragraph", "occurrence", "locator"), passageKeys);
        assertTrue(p.get("paragraph").isTextual() || p.get("paragraph").isNull(), p.toString());
        assertTrue(p.get("occurrence").asInt() >= 1);
      }
      assertEquals(a.quote().orElse(line.get("quote").asText()), line.get("quote").asText());
      assertTrue(Set.of("certain", "probable", "possible", "no-evidence-of")
          .contains(line.get("hedge").asText()), line.toString());
      assertEquals(a.quantifier().isPresent(), !line.get("quantifier").isNull());
      assertEquals(a.value().isPresent(), !line.get("value").isNull());
      assertTrue(line.get("time").has("from") && line.get("time").has("to"), line.toString());
      JsonNode selector = line.get("selector");
      assertEquals("FragmentSelector", selector.get("type").asText());
      assertTrue(selector.get("value").asText().contains("passage=" + a.passages().get(0)));
      assertEquals("TextQuoteSelector", selector.get("refinedBy").get("type").asText());
      assertEquals(line.get("quote").asText(), selector.get("refinedBy").get("exact").asText());
    }
  }

  @Test
  void aValueIsWrittenAsTheCorpusFormatWritesIt() throws Exception {
    JsonNode root = analysis();
    JsonNode value = null;
    for (JsonNode d : root.get("disputes")) {
      for (JsonNode c : d.get("camps")) {
        for (JsonNode l : c.get("lines")) {
          if (!l.get("value").isNull() && value == null) {
            value = l.get("value");
          }
        }
      }
    }
    assertTrue(value != null && value.has("unit"), "some dispute is about a figure");
    for (JsonNode n : value) {
      assertFalse(n.isNull(), "no null key in a corpus value: " + value);
    }
    assertTrue(value.has("minimum") || value.has("exclusiveMinimum") || value.has("maximum")
        || value.has("exclusiveMaximum"), value.toString());
  }

  @Test
  void eachCampListsTheStatementsOfItsLinesAndNearlyAllCarryQuoteHedgeAndTime() throws Exception {
    JsonNode root = analysis();
    int lines = 0;
    int complete = 0;
    int d = 0;
    for (Dispute dispute : REPORT.disputes()) {
      JsonNode disputeNode = root.get("disputes").get(d++);
      assertEquals(dispute.id(), disputeNode.get("id").asText());
      int c = 0;
      for (Camp camp : dispute.camps()) {
        JsonNode campLines = disputeNode.get("camps").get(c++).get("lines");
        Set<String> ids = new HashSet<>();
        campLines.forEach(l -> ids.add(l.get("assertion").asText()));
        assertEquals(camp.assertions().stream().map(Assertion::id).collect(java.util.stream.Collectors.toSet()),
            ids, dispute.id());
        for (JsonNode l : campLines) {
          lines++;
          if (!l.get("quote").asText().isEmpty() && !l.get("hedge").asText().isEmpty()
              && !l.get("time").isNull()) {
            complete++;
          }
        }
      }
    }
    assertTrue(lines > 0);
    assertTrue(complete >= 0.98 * lines, complete + " of " + lines + " lines complete");
  }
}
