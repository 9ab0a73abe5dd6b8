package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coi citations} and {@code coi audit}, run in-process on the bundled UK CPIN (Open
 * Government Licence v3.0, see its NOTICE) and on the DIS/SMA report, Russia – Conscription
 * (January 2025), when {@code COI_REPORTS_DIR} holds it.
 */
final class ReportCommandsTest {

  private static final String CPIN = "uk-cpin-ukraine-military-service-2025.md";
  private static final String RUSSIA = "dis-sma-russia-conscription-2025.md";

  @TempDir Path dir;

  private static Run coi(String... args) {
    return Run.coi(args);
  }

  /** The CPIN bundled (with its Open Government Licence attribution) as test data of coi-ingest. */
  private Path cpin() throws IOException {
    Path bundled = Path.of("..", "coi-ingest", "src", "test", "resources", "org", "corroborate",
        "ingest", "evidence", CPIN);
    assertTrue(Files.isRegularFile(bundled), "the CPIN is bundled with the ingest module's tests");
    Path file = dir.resolve(CPIN);
    Files.copy(bundled, file);
    return file;
  }

  /** The DIS/SMA report; skips (or fails under CI) when it is not available. */
  private static Path russia() {
    return org.corroborate.model.ReferenceReports.path(RUSSIA);
  }

  private static JsonNode json(Run r) throws IOException {
    assertEquals(Coi.OK, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void citations_cpinText_summarisesTheReport() throws IOException {
    Run r = coi("citations", "--report", cpin().toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("184 footnotes, 0 interview citations, 184 written references"),
        "the CPIN cites written sources only, in 184 footnotes: " + r.out().lines().findFirst());
    assertTrue(r.out().contains("PARAGRAPH_NUMBER_REPEATED: 3"), "its repeated paragraph numbers");
  }

  @Test
  void citations_cpinJson_writtenReferencesWithLocators() throws IOException {
    JsonNode root = json(coi("citations", "--report", cpin().toString(), "--format", "json"));
    assertEquals(184, root.get("footnotes").size(), "every [^N] footnote");
    JsonNode first = root.get("footnotes").get(0).get("written").get(0);
    assertEquals("Verkhovna Rada of Ukraine", first.get("outlet").asText(), first.toString());
    assertEquals("2015-05-12", first.get("date").asText(), "a full date as ISO");
    assertTrue(first.get("locator").isNull(), "no locator given: null, not left out");
    boolean sectionLocator = false;
    for (JsonNode f : root.get("footnotes")) {
      for (JsonNode w : f.get("written")) {
        sectionLocator |= "section 1".equals(w.get("locator").asText(null));
      }
    }
    assertTrue(sectionLocator, "the DIS report is cited with '(section 1)' as its locator");
  }

  @Test
  void citations_json_keepsTheContractsNamesAndTypes() throws IOException {
    JsonNode root = json(coi("citations", "--report", russia().toString(), "--format", "json"));
    JsonNode source = root.get("sources").get(0);
    assertEquals("claus-mathiesen", source.get("id").asText());
    assertEquals("Claus Mathiesen", source.get("name").asText());
    assertEquals("Meeting with Claus Mathiesen", source.get("heading").asText());
    assertEquals(499, root.get("footnotes").size(), "footnotes 1-499");
    JsonNode f348 = root.get("footnotes").get(347);
    assertEquals(348, f348.get("number").asInt());
    assertTrue(f348.get("text").asText().startsWith("Pskovskaya Gubernia: 7;"), "text as written");
    JsonNode c = f348.get("citations").get(0);
    assertEquals("pskovskaya-gubernia", c.get("source").asText());
    assertEquals("Pskovskaya Gubernia", c.get("surface").asText());
    assertTrue(c.get("paragraphs").get(0).isInt() && c.get("paragraphs").get(0).asInt() == 7,
        "paragraphs are ints: " + c);
    assertTrue(c.get("occurrences").get(0).isInt(), "occurrences per paragraph are ints: " + c);
    assertTrue(f348.get("written").isArray() && f348.get("written").isEmpty(), "no written source");
    JsonNode d = f348.get("diagnostics").get(0);
    assertTrue(d.get("code").asText().matches("[A-Z_]+") && d.get("message").isTextual(), d.toString());
    JsonNode report = root.get("diagnostics").get(0);
    assertTrue(report.get("code").asText().matches("[A-Z_]+") && report.get("message").isTextual()
        && report.get("line").isInt(), "report diagnostics give code, message and line: " + report);
  }

  @Test
  void citations_json_unresolvedSourceIsNull() throws IOException {
    Path report = dir.resolve("tiny.md");
    Files.writeString(report, "# 1. Law\n\nA statement.<sup>1</sup>\n\n<sup>1</sup> Psko Gub: 13\n\n"
        + "## Annex 2: Meeting minutes\n\n### Meeting with Pskovskaya Gubernia\n\n13. Text.\n",
        StandardCharsets.UTF_8);
    JsonNode c = json(coi("citations", "--report", report.toString(), "--format", "json"))
        .get("footnotes").get(0).get("citations").get(0);
    assertTrue(c.get("source").isNull(), "an unresolved source is null, not left out: " + c);
    JsonNode findings = json(coi("audit", "--report", report.toString(), "--format", "json"))
        .get("findings");
    assertEquals("UNRESOLVED_SOURCE", findings.get(0).get("code").asText(), findings.toString());
    assertTrue(findings.get(0).get("source").isNull(), "null source in the audit too");
  }

  @Test
  void audit_json_keepsTheContractsNamesAndTypes() throws IOException {
    JsonNode findings = json(coi("audit", "--report", russia().toString(), "--format", "json"))
        .get("findings");
    JsonNode shifted = null;
    for (JsonNode f : findings) {
      if (f.get("footnote").asInt() == 349) {
        shifted = f;
      }
    }
    assertTrue(shifted != null, "footnote 349 has a finding");
    assertEquals("PROBABLY_SHIFTED_CITATION", shifted.get("code").asText());
    assertEquals("WARNING", shifted.get("severity").asText());
    assertEquals("irina-novik", shifted.get("source").asText());
    assertEquals(19, shifted.get("paragraphs").get(0).asInt());
    assertTrue(shifted.get("paragraphs").get(0).isInt() && shifted.get("suggested").get(0).isInt(),
        "paragraphs and suggestions are ints");
    assertEquals(18, shifted.get("suggested").get(0).asInt(), "Irina Novik 18 is about postings");
    for (String field : new String[] {"message", "excerpt", "evidence"}) {
      assertTrue(shifted.get(field).isTextual() && !shifted.get(field).asText().isEmpty(), field);
    }
  }

  @Test
  void audit_text_leadsWithCountsAndNamesTheBetterParagraph() {
    Run r = coi("audit", "--report", russia().toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("PROBABLY_SHIFTED_CITATION/WARNING 7"), r.out().lines().findFirst().orElse(""));
    assertTrue(r.out().contains("WARNING footnote 349"), "each finding names its footnote");
    assertTrue(r.out().contains("Irina Novik paragraph 18 supports the statement far better"),
        "and says which paragraph was probably meant");
  }

  @Test
  void audit_failOnNone_isTheDefaultAndKeepsExitZeroWithErrors() {
    Run r = coi("audit", "--report", russia().toString());
    assertTrue(r.out().contains("/ERROR"), "the DIS/SMA report has ERROR findings: "
        + r.out().lines().findFirst().orElse(""));
    assertEquals(Coi.OK, r.code(), "without --fail-on the audit reports and exits 0");
    assertEquals(Coi.OK, coi("audit", "--report", russia().toString(), "--fail-on", "none").code());
  }

  @Test
  void audit_failOnWarningOrError_exitsWithTheFindingsCode() {
    for (String severity : List.of("warning", "error", "ERROR")) {
      Run r = coi("audit", "--report", russia().toString(), "--fail-on", severity);
      assertEquals(Coi.FINDINGS, r.code(), "--fail-on " + severity + " with ERROR findings: " + r.err());
      assertFalse(r.out().isEmpty(), "the findings are still printed");
    }
  }

  @Test
  void audit_failOnError_cleanReportExitsZero() throws IOException {
    assertEquals(Coi.OK, coi("audit", "--report", cpin().toString(), "--fail-on", "error").code(),
        "a report without findings passes the gate");
  }

  @Test
  void audit_failOnUnknown_usageError() throws IOException {
    Run r = coi("audit", "--report", cpin().toString(), "--fail-on", "sometimes");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().contains("none, warning or error"), r.err());
  }

  @Test
  void audit_cpin_noInterviewCitationsNoFindings() throws IOException {
    JsonNode root = json(coi("audit", "--report", cpin().toString(), "--format", "json"));
    assertEquals(0, root.get("findings").size(), "the CPIN cites no interview minutes");
  }

  @Test
  void audit_missingReport_ioErrorInOneSentence() {
    Run r = coi("audit", "--report", dir.resolve("none.md").toString());
    assertEquals(Coi.IO_ERROR, r.code(), r.err());
    assertTrue(r.err().startsWith("coi: cannot read ") && r.err().contains("none.md: no such file"),
        "one sentence naming the file: " + r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace");
  }

  @Test
  void citations_notText_invalidInputWithLine() throws IOException {
    Path bad = dir.resolve("bad.md");
    Files.writeString(bad, "# Report\n\nline two\u0000\n", StandardCharsets.UTF_8);
    Run r = coi("citations", "--report", bad.toString());
    assertEquals(Coi.INVALID_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("bad.md, line 3"), "the file and line at fault: " + r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace");
  }

  @Test
  void audit_badAliasFile_invalidInputWithLine() throws IOException {
    Path aliases = dir.resolve("aliases.txt");
    Files.writeString(aliases, "alias x\n", StandardCharsets.UTF_8);
    Run r = coi("audit", "--report", cpin().toString(), "--aliases", aliases.toString());
    assertEquals(Coi.INVALID_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("aliases.txt, line 1"), "the alias file and line: " + r.err());
  }

  @Test
  void citations_withoutReport_usage() {
    Run r = coi("citations");
    assertEquals(Coi.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--report"), "says what is missing: " + r.err());
  }

  @Test
  void citationsAndAudit_rejectFormatsTheyDoNotWrite() throws IOException {
    Path report = cpin();
    for (String command : List.of("citations", "audit")) {
      Run r = coi(command, "--report", report.toString(), "--format", "html");
      assertEquals(Coi.USAGE, r.code(), command + " " + r.err());
      assertTrue(r.err().contains("use text or json"), r.err());
    }
  }

  @Test
  void citations_text_printsEveryDiagnosticItCounts() throws IOException {
    // a repeated footnote is a parser diagnostic about a footnote: it used to be counted, not printed
    Path report = dir.resolve("repeated.md");
    Files.writeString(report, "# 1. Law\n\nText.[^1]\n\n[^1]: A source, 2024.\n[^1]: Again, 2024.\n",
        StandardCharsets.UTF_8);
    Run r = coi("citations", "-q", "--report", report.toString());
    assertEquals(Coi.OK, r.code(), r.err());
    String counted = r.out().lines().filter(l -> l.startsWith("DIAGNOSTICS (")).findFirst().orElseThrow();
    int n = Integer.parseInt(counted.replaceAll("\\D", ""));
    long printed = r.out().lines().filter(l -> l.matches("^\\s+(line \\d+.* )?[A-Z_]{4,}: .*")
        && !l.matches("^  [A-Z_]+: \\d+$")).count();
    assertEquals(n, printed, "each counted diagnostic is printed once:\n" + r.out());
    assertTrue(r.out().contains("fn 1 DUPLICATE_FOOTNOTE"), r.out());
  }
}
