package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coi assess}: the example cases in every format, and bad input located with exit 1. */
final class AssessCommandTest {

  private static final String CONSCRIPT = "../docs/examples/cases/conscript-left-after-summons.json";
  private static final String EARLY = "../docs/examples/cases/decided-before-the-report.json";

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result coi(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Coi.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void assess_json_hasExactlyTheIssueShape() throws Exception {
    Result r = coi("assess", "-q", "--case", CONSCRIPT, "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("case", "decisionDate", "facts"), names(root));
    assertEquals("2025-03-03", root.get("decisionDate").asText());
    JsonNode first = root.get("facts").get(0);
    assertEquals(List.of("id", "statement", "assessment", "reason", "supporting", "opposing",
        "pivotal"), names(first));
    assertEquals("CONSISTENT_WITH_SOME", first.get("assessment").asText());
    assertEquals("huseyn-aliyev", first.get("pivotal").get(0).asText());
    assertEquals(List.of("assertion", "source", "passages", "quote", "hedge", "quantifier", "basis",
        "value", "time", "selector"), names(first.get("supporting").get(0)),
        "each LINE is the evidence line of every other output");
  }

  @Test
  void assess_exampleCases_outcomesAsTheMinutesSay() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(
        coi("assess", "-q", "--case", CONSCRIPT, "-f", "json").out()).get("facts");
    List<String> outcomes = new ArrayList<>();
    facts.forEach(f -> outcomes.add(f.get("id").asText() + "=" + f.get("assessment").asText()));
    assertEquals(List.of("posted-kherson=CONSISTENT_WITH_SOME", "fined-15000=CONSISTENT",
        "left-after-paper-summons=CONSISTENT", "police-at-parents=CONSISTENT",
        "father-fined=INCONSISTENT", "brother-not-exempted=CONSISTENT",
        "summons-in-armenia=NOT_COVERED"), outcomes);
  }

  @Test
  void assess_decisionBeforeTheReport_findsNoCoiFromIt() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(
        coi("assess", "-q", "--case", EARLY, "-f", "json").out()).get("facts");
    facts.forEach(f -> {
      assertEquals("NOT_COVERED", f.get("assessment").asText());
      assertTrue(f.get("supporting").isEmpty() && f.get("opposing").isEmpty());
      assertTrue(f.get("reason").asText().contains("published after 16 December 2024"));
    });
  }

  @Test
  void assess_markdown_isADecisionAnnex() {
    Result r = coi("assess", "-q", "--case", CONSCRIPT, "--format", "markdown");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("# Annex: External consistency of case example-conscript-2025-03"));
    assertTrue(r.out().contains("(interview record, p. 4, Q. 21)"), "the record reference");
    assertTrue(r.out().contains("**Outcome: consistent with some of the COI.**"));
    assertTrue(r.out().contains("Mediazona ¶10") || r.out().contains("Mediazona, November 2024, ¶10"),
        "references to the minutes");
    assertTrue(r.out().contains("**What would change the outcome:**"));
    assertTrue(r.out().contains("does not decide credibility"));
  }

  @Test
  void assess_html_selfContainedAndEscaped() {
    Result r = coi("assess", "-q", "--case", CONSCRIPT, "--format", "html");
    assertEquals(Coi.OK, r.code(), r.err());
    assertFalse(r.out().contains("<script"), "no script");
    assertFalse(r.out().contains("http://") || r.out().contains("https://"), "no external resource");
    assertTrue(r.out().contains("&quot;newly&quot;") || r.out().contains("&#34;newly&#34;")
        || r.out().contains("\"newly\""), "the quotes are there");
    assertTrue(r.out().contains("does not decide credibility"));
  }

  @Test
  void assess_text_sameBytesTwice() {
    assertEquals(coi("assess", "-q", "--case", CONSCRIPT).out(),
        coi("assess", "-q", "--case", CONSCRIPT).out());
  }

  @Test
  void assess_unknownProposition_locatedWithNearestIdsAndExit1() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(Path.of(CONSCRIPT)).replace("\"posted-in-kherson\"",
        "\"posted-in-kersn\""));
    Result r = coi("assess", "-q", "--case", bad.toString());
    assertEquals(Coi.INVALID_INPUT, r.code());
    assertTrue(r.err().contains(bad + ":6:5 /facts/0/proposition (id 'posted-kherson'): no"
        + " proposition 'posted-in-kersn' in the corpus; nearest: posted-in-kherson"), r.err());
  }

  @Test
  void assess_missingCaseFile_exit3() {
    assertEquals(Coi.IO_ERROR, coi("assess", "-q", "--case", dir.resolve("none.json").toString()).code());
  }

  @Test
  void assess_negativeRecency_usageError() {
    assertEquals(Coi.USAGE, coi("assess", "-q", "--case", CONSCRIPT, "--recency-months", "-1").code());
  }

  @Test
  void assess_shorterRecency_coversLess() throws Exception {
    JsonNode facts = new ObjectMapper().readTree(coi("assess", "-q", "--case", CONSCRIPT,
        "--recency-months", "3", "-f", "json").out()).get("facts");
    assertEquals("NOT_COVERED", facts.get(5).get("assessment").asText(),
        "spring 2024 lies outside three months before November 2024");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
