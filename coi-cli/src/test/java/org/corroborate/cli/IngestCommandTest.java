package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.ReportIngest;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.SourceKind;
import org.corroborate.model.json.CorpusJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coi ingest}, run in-process on the UK CPIN bundled (Open Government Licence v3.0, see its
 * NOTICE) as test data of the ingest module.
 */
final class IngestCommandTest {

  private static final Path CPIN = Path.of("..", "coi-ingest", "src", "test", "resources", "org",
      "corroborate", "ingest", "evidence", "uk-cpin-ukraine-military-service-2025.md");

  @TempDir Path dir;

  private static Run coi(String... args) {
    return Run.coi(args);
  }

  @Test
  void ingest_cpin_writesTheSkeletonTheIngestModuleBuilds() throws Exception {
    assertTrue(Files.isRegularFile(CPIN), "the CPIN is bundled with the ingest module's tests");
    Path corpus = dir.resolve("cpin.json");
    Run r = coi("ingest", "--report", CPIN.toString(), "--out", corpus.toString());
    assertEquals(Coi.OK, r.code(), r.err());
    EvidenceBase expected = ReportIngest.read(Files.readString(CPIN, StandardCharsets.UTF_8),
        AliasFile.empty()).evidence(SourceKind.NGO);
    assertTrue(expected.sources().isEmpty() && expected.passages().isEmpty(),
        "the CPIN cites written sources only: no minutes, an empty skeleton");
    assertEquals(CorpusJson.toJson(expected), Files.readString(corpus, StandardCharsets.UTF_8),
        "the file holds exactly the skeleton");
    assertTrue(r.out().matches("(?s).*; \\d+ diagnostics? \\(list them with 'coi citations.*\n"),
        "the summary counts the diagnostics: " + r.out());
    assertTrue(r.out().contains("no minutes of meetings"), "says why the skeleton is empty: " + r.out());
  }

  @Test
  void ingest_russiaConscription_oneSourceAndDocumentPerMinutes_thenValidates() throws IOException {
    Path report = org.corroborate.model.ReferenceReports.path("dis-sma-russia-conscription-2025.md");
    Path corpus = dir.resolve("russia.json");
    Run r = coi("ingest", "-q", "--report", report.toString(), "--out", corpus.toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().startsWith(corpus + ": 12 sources, 12 documents, "), r.out());
    EvidenceBase skeleton = CorpusJson.read(corpus);
    assertTrue(skeleton.passage("ovd-info-15-2").isPresent(), "a repeated paragraph number is kept apart");
    Run validate = coi("validate", corpus.toString());
    assertEquals(Coi.OK, validate.code(), validate.err());
  }

  @Test
  void ingest_thenValidate_acceptsWhatIngestWrote() {
    Path corpus = dir.resolve("cpin.json");
    assertEquals(Coi.OK, coi("ingest", "--quiet", "--report", CPIN.toString(), "--out", corpus.toString()).code());
    Run r = coi("validate", corpus.toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("valid corpus with "), r.out());
  }

  @Test
  void ingest_reportsProgressOnStandardError() {
    Run r = coi("ingest", "--report", CPIN.toString(), "--out", dir.resolve("cpin.json").toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.err().startsWith("coi ingest: reading "), r.err());
    assertTrue(r.err().contains("coi ingest: writing "), r.err());
    assertFalse(r.out().contains("coi ingest:"), "progress is not output: " + r.out());
  }

  @Test
  void ingest_quiet_printsNoProgress() {
    Run r = coi("ingest", "-q", "--report", CPIN.toString(), "--out", dir.resolve("cpin.json").toString());
    assertEquals(Coi.OK, r.code(), r.err());
    assertEquals("", r.err(), "nothing on standard error");
  }

  @Test
  void ingest_missingReport_isAnIoErrorInOneSentence() {
    Run r = coi("ingest", "-q", "--report", "no-such-report.md", "--out", dir.resolve("x.json").toString());
    assertEquals(Coi.IO_ERROR, r.code());
    assertEquals("coi: cannot read no-such-report.md: no such file.\n", r.err());
    assertFalse(Files.exists(dir.resolve("x.json")), "nothing written");
  }

  @Test
  void ingest_unwritableOutput_isAnIoError() {
    Path out = dir.resolve("no-such-directory").resolve("cpin.json");
    Run r = coi("ingest", "-q", "--report", CPIN.toString(), "--out", out.toString());
    assertEquals(Coi.IO_ERROR, r.code());
    assertTrue(r.err().startsWith("coi: cannot write " + out), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
  }

  @Test
  void ingest_withoutOut_isAUsageError() {
    assertEquals(Coi.USAGE, coi("ingest", "--report", CPIN.toString()).code());
  }

  /** A folder holding the CPIN, an unreadable report and a file that is no report. */
  private Path folderOfReports() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Files.copy(CPIN, reports.resolve("a-cpin.md"));
    Files.write(reports.resolve("b-broken.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    Files.writeString(reports.resolve("notes.txt"), "not a report", StandardCharsets.UTF_8);
    return reports;
  }

  @Test
  void ingest_folder_ingestsEveryReportInNameOrder_reportsTheOneItCannotRead() throws IOException {
    Path reports = folderOfReports();
    Path out = dir.resolve("corpora");
    Run r = coi("ingest", "--report", reports.toString(), "--out", out.toString());

    assertEquals(Coi.INVALID_INPUT, r.code(), "the code of the report that failed: " + r.err());
    assertTrue(r.err().contains("coi ingest: [1/2] reading " + reports.resolve("a-cpin.md")), r.err());
    assertTrue(r.err().contains("coi ingest: [2/2] reading " + reports.resolve("b-broken.md")), r.err());
    assertTrue(r.err().indexOf("[1/2]") < r.err().indexOf("[2/2]"), "name order: " + r.err());
    assertTrue(r.err().contains("coi: " + reports.resolve("b-broken.md") + ", line 1: byte 3 of the file"
        + " (byte 3 of the line) starts 0xC3, which is not UTF-8: the report must be UTF-8 text."),
        "the bad byte is located: " + r.err());
    assertFalse(r.err().contains("notes.txt"), "only Markdown files are reports: " + r.err());
    assertTrue(r.out().endsWith("1 of 2 reports ingested into " + out + "\n"), r.out());
    assertFalse(Files.exists(out.resolve("b-broken.json")), "nothing written for the broken report");

    Path single = dir.resolve("single.json");
    assertEquals(Coi.OK, coi("ingest", "-q", "--report", CPIN.toString(), "--out", single.toString()).code());
    assertEquals(Files.readString(single, StandardCharsets.UTF_8),
        Files.readString(out.resolve("a-cpin.json"), StandardCharsets.UTF_8),
        "a report of a folder is ingested as it is alone");
  }

  @Test
  void ingest_folder_quiet_printsNoProgressButEveryError() throws IOException {
    Path reports = folderOfReports();
    Run r = coi("ingest", "--quiet", "--report", reports.toString(), "--out", dir.resolve("corpora").toString());
    assertEquals(Coi.INVALID_INPUT, r.code());
    assertEquals("coi: " + reports.resolve("b-broken.md") + ", line 1: byte 3 of the file (byte 3 of the"
        + " line) starts 0xC3, which is not UTF-8: the report must be UTF-8 text.\n", r.err());
  }

  @Test
  void ingest_folderWithoutReports_isInvalidInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run r = coi("ingest", "-q", "--report", empty.toString(), "--out", dir.resolve("corpora").toString());
    assertEquals(Coi.INVALID_INPUT, r.code());
    assertEquals("coi: " + empty + " holds no Markdown report (*.md).\n", r.err());
  }

  @Test
  void ingest_folderIntoAFile_isAUsageError() throws IOException {
    Path reports = folderOfReports();
    Path file = Files.writeString(dir.resolve("corpus.json"), "{}", StandardCharsets.UTF_8);
    Run r = coi("ingest", "-q", "--report", reports.toString(), "--out", file.toString());
    assertEquals(Coi.USAGE, r.code());
    assertEquals("coi: " + file + " is a file; with a folder of reports, --out names a folder.\n", r.err());
    assertEquals("{}", Files.readString(file, StandardCharsets.UTF_8), "the file is left alone");
  }
}
