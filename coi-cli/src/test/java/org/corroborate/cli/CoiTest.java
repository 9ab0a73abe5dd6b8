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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process on the bundled example corpus and on files. */
final class CoiTest {

  private static Run coi(String... args) {
    return Run.coi(args);
  }

  /** The example corpus of the documentation: the annexed-regions question, four sources. */
  private static final String EXAMPLE = "../docs/examples/annexed-regions.json";

  @Test
  void analyze_withoutArguments_analysesTheReferenceCorpus() {
    Run r = coi("analyze");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("Analysis of the reference corpus (DIS/SMA, Russia – Conscription,"),
        r.out());
    assertTrue(r.out().indexOf("DISPUTES (") < r.out().indexOf("CORROBORATED ("), "disputes first");
    String flat = r.out().replaceAll("\\s+", " ");
    assertTrue(flat.contains("minutes of the meeting with Pskovskaya Gubernia, November 2024, ¶7: “but not"
        + " into the Ukrainian regions of Luhansk, Donetsk, Kherson or Zaporizhzhia”"),
        "traced to the minutes, with the quote: " + r.out());
    assertEquals(1, flat.split("How to read the weights", -1).length - 1, "the scale explained once");
  }

  @Test
  void analyze_text_opensEveryDisputeWithItsSidesLinesAndWeights() {
    org.corroborate.analysis.AnalysisReport report =
        org.corroborate.analysis.Analysis.of(org.corroborate.fixtures.ReferenceCorpora.russiaConscription2025());
    String flat = coi("analyze").out().replaceAll("\\s+", " ");
    String[] counts = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    for (org.corroborate.analysis.dispute.Dispute d : report.disputes()) {
      for (org.corroborate.analysis.dispute.Camp c : d.camps()) {
        assertTrue(c.weight() <= d.camps().get(0).weight() && d.weight() == d.camps().get(1).weight(),
            "camps heaviest first, the dispute weighs as its lighter side: " + d.id());
        if (c.kind() == org.corroborate.analysis.dispute.CampKind.VALUE) {
          continue;
        }
        int n = c.independentLines();
        String side = String.format(java.util.Locale.ROOT, "%s independent line%s %s %s (weight %.2f): ",
            n < counts.length ? counts[n] : Integer.toString(n), n == 1 ? "" : "s",
            n == 1 ? "says" : "say", c.kind() == org.corroborate.analysis.dispute.CampKind.AFFIRMS ? "yes" : "no",
            c.weight());
        assertTrue(flat.toLowerCase(java.util.Locale.ROOT).contains(side), d.id() + ": " + side);
      }
      assertTrue(flat.contains(String.format(java.util.Locale.ROOT, "%s [dispute weight %.2f]",
          d.proposition().text(), d.weight())), d.id());
    }
    assertEquals(report.disputes().size(),
        flat.split("Sources disagree\\.|Sources give different (figures|answers)\\.", -1).length - 1,
        "one opening sentence per dispute");
    assertFalse(flat.contains("second-heaviest"), "no internal jargon");
  }

  @Test
  void analyze_text_givesFiguresAsTheSourcesGaveThem_andEveryStatementOnADisputedQuestion() {
    org.corroborate.analysis.AnalysisReport report =
        org.corroborate.analysis.Analysis.of(org.corroborate.fixtures.ReferenceCorpora.russiaConscription2025());
    String flat = coi("analyze").out().replaceAll("\\s+", " ");
    for (org.corroborate.analysis.dispute.Dispute d : report.disputes()) {
      org.corroborate.analysis.corroboration.Corroboration c =
          report.corroboration(d.proposition().id()).orElseThrow();
      int start = flat.indexOf(d.proposition().text() + " [dispute weight");
      int end = flat.indexOf(" [dispute weight", start + d.proposition().text().length() + 20);
      String section = flat.substring(start, end < 0 ? flat.indexOf("CORROBORATED (") : end);
      for (org.corroborate.model.Assertion a : c.assertions()) {
        String quote = a.quote().orElseThrow();
        assertTrue(section.contains("“" + quote.replaceAll("\\s+", " ") + "”"),
            d.id() + " lists every statement on its question, " + a.id() + ": " + section);
      }
      for (org.corroborate.analysis.dispute.Camp camp : d.camps()) {
        for (org.corroborate.model.Assertion a : camp.assertions()) {
          a.value().ifPresent(v -> assertTrue(section.contains(
              org.corroborate.model.words.InWords.value(v)), d.id() + ": the figure as given, " + v));
        }
      }
    }
    assertFalse(flat.contains("28,422"), "no interval that no source gave (the fines' intersection)");
  }

  @Test
  void analyze_categoricalExample_givesTheAnswer() {
    Run r = coi("analyze", "--corpus", "../docs/examples/categorical.json");
    assertEquals(Coi.OK, r.code(), r.err());
    String flat = r.out().replaceAll("\\s+", " ");
    assertTrue(flat.contains("SINGLE SOURCE (1) - The arms of service of the Russian military in which conscripts"
        + " serve One source only: A human rights lawyer answers air force, army, national guard, navy"), r.out());
    assertTrue(flat.contains("minutes of the meeting with A human rights lawyer, November 2024, ¶35: “both in the"
        + " army, the air force and the navy."), r.out());
  }

  @Test
  void analyze_example_showsDisputesFirst() {
    Run r = coi("analyze", "--corpus", EXAMPLE);
    assertEquals(Coi.OK, r.code(), r.err());
    // the four regions are argued in the same paragraphs on the same sides: one dispute
    int disputes = r.out().indexOf("DISPUTES (1)");
    int corroborated = r.out().indexOf("CORROBORATED (2)");
    assertTrue(disputes > 0 && corroborated > disputes, r.out());
    String flat = r.out().replaceAll("\\s+", " ");
    assertTrue(flat.contains("one independent line says no (weight 0.40): Pskovskaya Gubernia."), r.out());
    int yes = flat.indexOf("Say yes: - Huseyn Aliyev (academic), minutes of the meeting with Huseyn Aliyev, ¶82:");
    int no = flat.indexOf("Say no: - Pskovskaya Gubernia (media outlet), minutes of the meeting with Pskovskaya"
        + " Gubernia, ¶7: “but not into the Ukrainian regions");
    assertTrue(yes > 0 && no > yes, "each side's statements under it, with quotes: " + r.out());
    assertTrue(flat.contains("(says it is possible; time: not stated)"), "Novik's hedge in words: " + r.out());
    assertTrue(flat.contains("The same disagreement also at: Conscripts are posted in Kherson"
        + " oblast; Conscripts are posted in Luhansk oblast"), r.out());
  }

  @Test
  void analyze_text_fitsInOneHundredColumns() {
    for (String line : coi("analyze").out().split("\n")) {
      assertTrue(line.length() <= TextReport.WIDTH, "too wide: " + line);
    }
    for (String line : coi("analyze", "--corpus", EXAMPLE).out().split("\n")) {
      assertTrue(line.length() <= TextReport.WIDTH, "too wide: " + line);
    }
  }

  @Test
  void analyze_json_keepsTheContractsNamesAndTypes() throws IOException {
    Run r = coi("analyze", "--corpus", EXAMPLE, "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    for (String field : List.of("sources", "propositions", "disputes", "nonDisputes", "clusters", "outliers")) {
      assertTrue(root.get(field).isArray(), field + " is an array");
    }
    JsonNode p = root.get("propositions").get(0);
    assertTrue(p.get("verdict").isTextual() && p.get("verdict").asText().matches("[A-Z_]+"));
    assertTrue(p.get("independentSupport").isInt() && p.get("weight").isNumber());
    JsonNode dispute = root.get("disputes").get(0);
    assertEquals("conscripts-posted-in-donetsk", dispute.get("proposition").get("id").asText());
    JsonNode camp = dispute.get("camps").get(0);
    assertEquals("AFFIRMS", camp.get("stance").asText());
    assertTrue(camp.get("value").isNull());
    assertEquals(2, camp.get("independentLines").asInt());
    JsonNode passage = camp.get("passages").get(0);
    assertEquals(82, passage.get("paragraph").asInt());
    assertTrue(passage.get("occurrence").isNull(), "paragraph 82 is not repeated");
    assertEquals("Huseyn Aliyev: 82", passage.get("locator").asText());
    assertEquals("huseyn-aliyev", passage.get("source").asText());
    assertEquals("pskovskaya-gubernia", root.get("outliers").get(0).get("source").asText());
  }

  @Test
  void analyze_proposition_showsOnlyThatProposition() {
    Run r = coi("analyze", "--corpus", EXAMPLE, "--proposition", "conscripts-posted-in-kherson");
    assertEquals(Coi.OK, r.code(), r.err());
    // Kherson's disagreement is shown where it is shown once: at the dispute that stands for it
    assertTrue(r.out().contains("DISPUTES (1)") && r.out().contains("Kherson"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains(
        "The same disagreement also at: Conscripts are posted in Kherson"), r.out());
    assertTrue(r.out().contains("CORROBORATED (0)"), "only Kherson's own findings: " + r.out());
  }

  @Test
  void analyze_unknownProposition_isAUsageErrorInOneSentence() {
    Run r = coi("analyze", "--proposition", "no-such-thing");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().startsWith("coi: no proposition 'no-such-thing' in the reference corpus"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
  }

  @Test
  void analyze_missingCorpusFile_isAnIoError() {
    Run r = coi("analyze", "--corpus", "does-not-exist.json");
    assertEquals(Coi.IO_ERROR, r.code());
    assertTrue(r.err().contains("cannot read does-not-exist.json"), r.err());
  }

  @Test
  void validate_reportsEveryProblemWithItsLocation(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("broken.json");
    Files.writeString(corpus, "{\"format\": \"corroborate/1\",\n \"sources\": [\n"
        + "  {\"id\": \"Bad Id\", \"name\": \"X\", \"kind\": \"ngo\"},\n"
        + "  {\"id\": \"y\", \"name\": \"Y\", \"kind\": \"blogger\"}]}\n", StandardCharsets.UTF_8);
    Run r = coi("validate", corpus.toString());
    assertEquals(Coi.INVALID_INPUT, r.code());
    List<String> lines = new ArrayList<>(List.of(r.err().split("\n")));
    assertTrue(lines.get(0).startsWith("coi: 2 problems in "), r.err());
    assertTrue(lines.get(1).contains(":3:3 /sources/0"), r.err());
    assertTrue(lines.get(2).contains(":4:3 /sources/1/kind") && lines.get(2).contains("blogger"), r.err());
  }

  @Test
  void validate_acceptsTheBundledExample() {
    Run r = coi("validate", "../docs/examples/annexed-regions.json");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("valid corpus with 4 sources"), r.out());
  }

  @Test
  void graph_dot_isADirectedGraphOfTheSelection() {
    Run r = coi("graph", "--corpus", EXAMPLE, "--proposition", "conscripts-posted-in-kherson");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("digraph"), r.out());
    assertTrue(r.out().contains("Huseyn Aliyev"), r.out());
    assertFalse(r.out().contains("Belgorod"), "only the selected proposition: " + r.out());
  }

  @Test
  void graph_unknownFormat_isAUsageError() {
    Run r = coi("graph", "--format", "png");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().contains("unknown format 'png'"), r.err());
  }

  @Test
  void analyze_json_isByteIdentical_whateverTheOrderOfTheCorpusFile(@TempDir Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode corpus =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Path.of(EXAMPLE).toFile());
    List<String> arrays = new ArrayList<>();
    corpus.fieldNames().forEachRemaining(arrays::add);
    for (String field : arrays) {
      if (corpus.get(field).isArray()) {
        List<JsonNode> items = new ArrayList<>();
        corpus.get(field).forEach(items::add);
        java.util.Collections.reverse(items);
        corpus.putArray(field).addAll(items);
      }
    }
    Path reversed = dir.resolve("reversed.json");
    mapper.writeValue(reversed.toFile(), corpus);
    Run first = coi("analyze", "--corpus", EXAMPLE, "--format", "json");
    Run again = coi("analyze", "--corpus", EXAMPLE, "--format", "json");
    Run other = coi("analyze", "--corpus", reversed.toString(), "--format", "json");
    assertEquals(first.out(), again.out(), "two runs give the same bytes");
    assertEquals(first.out(), other.out(), "the order of the corpus file does not matter");
  }

  @Test
  void analyze_markdown_citesTheMinutesInFootnotes_theEuaaWay() {
    Run r = coi("analyze", "--corpus", EXAMPLE, "--format", "markdown");
    assertEquals(Coi.OK, r.code(), r.err());
    String md = r.out();
    assertTrue(md.contains("### 1. Conscripts are posted in Donetsk oblast\n\n"
        + "Sources disagree. Two independent lines say yes (weight 0.52): Huseyn Aliyev and Irina"
        + " Novik; one independent line says no (weight 0.40): Pskovskaya Gubernia.\n\n"), md);
    assertTrue(md.contains("\n- Huseyn Aliyev (academic): “they also serve in the four annexed regions:"
        + " Kherson, Zaporizhzhia, Donetsk and Luhansk.”[^1] (states it as fact; time: not stated)\n"), md);
    assertTrue(md.contains("\n- Pskovskaya Gubernia (media outlet): “but not into the Ukrainian regions"
        + " of Luhansk, Donetsk, Kherson or Zaporizhzhia”[^3] (states it as fact; time: not stated)\n"),
        md);
    assertTrue(md.contains("\n[^1]: Huseyn Aliyev, meeting minutes, paragraph 82\n"), md);
    assertTrue(md.contains("\n[^3]: Pskovskaya Gubernia, meeting minutes, paragraph 7\n"), md);
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md);
    while (refs.find()) {
      assertTrue(md.contains("\n[^" + refs.group(1) + "]: "), "footnote " + refs.group(1) + " is defined");
    }
  }

  @Test
  void noCommand_isAUsageError() {
    assertEquals(Coi.USAGE, coi().code());
  }

  @Test
  void analyze_corpusNameWithNulCharacter_isAUsageErrorInOwnWords() {
    Run r = coi("analyze", "--corpus", "corpus\0.json");
    assertEquals(Coi.USAGE, r.code(), r.err());
    assertTrue(r.err().startsWith("coi: Invalid value for option '--corpus': 'corpus"), r.err());
    assertTrue(r.err().contains("cannot name a file: Nul character not allowed"), r.err());
    assertFalse(r.err().contains("java.nio") || r.err().contains("Exception"),
        "no Java class names: " + r.err());
  }

  @Test
  void analyze_asOfThatIsNoDate_isAUsageErrorInOwnWords() {
    for (String date : new String[] {"", "2023-02-29", "31.01.2025"}) {
      Run r = coi("analyze", "--as-of", date);
      assertEquals(Coi.USAGE, r.code(), r.err());
      assertTrue(r.err().startsWith("coi: Invalid value for option '--as-of': '" + date
          + "' is not a date YYYY-MM-DD"), r.err());
      assertFalse(r.err().contains("java.time") || r.err().contains("Exception"),
          "no Java class names: " + r.err());
    }
  }

  @Test
  void analyze_missingCorpus_namesTheFileOnce(@TempDir Path dir) {
    String missing = dir.resolve("missing.json").toString();
    Run r = coi("analyze", "--corpus", missing);
    assertEquals(Coi.IO_ERROR, r.code(), r.err());
    assertEquals("coi: cannot read " + missing + ": no such file", r.err().strip());
  }
}
