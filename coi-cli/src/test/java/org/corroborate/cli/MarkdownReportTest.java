package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code coi analyze --format markdown} on the reference corpus: paste-ready, every statement of a
 * dispute with its quote and an EUAA-style footnote, values in words, the weight scale once.
 */
final class MarkdownReportTest {

  private static String markdown() {
    Run r = Run.coi("analyze", "--format", "markdown");
    assertEquals(Coi.OK, r.code(), r.err());
    return r.out();
  }

  private static JsonNode json() throws Exception {
    Run r = Run.coi("analyze", "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  /** The text of each dispute's section, by its proposition's text, in order. */
  private static Map<String, String> sections(String md) {
    String disputes = md.substring(md.indexOf("## Where the sources disagree"),
        md.indexOf("## Findings by topic"));
    Map<String, String> out = new LinkedHashMap<>();
    Matcher heading = Pattern.compile("(?m)^### \\d+\\. (.*)$").matcher(disputes);
    List<int[]> at = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    while (heading.find()) {
      at.add(new int[] {heading.start(), heading.end()});
      titles.add(heading.group(1));
    }
    for (int i = 0; i < at.size(); i++) {
      int end = i + 1 < at.size() ? at.get(i + 1)[0] : disputes.length();
      out.put(titles.get(i), disputes.substring(at.get(i)[1], end));
    }
    return out;
  }

  @Test
  void markdown_referenceCorpus_showsTheQuotesOfTheDisputesEvidenceLines() throws Exception {
    String md = markdown();
    Map<String, String> sections = sections(md);
    int lines = 0;
    int complete = 0;
    int shown = 0;
    List<String> missing = new ArrayList<>();
    for (JsonNode dispute : json().get("disputes")) {
      String text = dispute.get("proposition").get("text").asText();
      String section = sections.getOrDefault(MarkdownReport.escape(text), "");
      for (JsonNode camp : dispute.get("camps")) {
        for (JsonNode line : camp.get("lines")) {
          lines++;
          String quote = line.get("quote").asText("");
          if (!quote.isEmpty() && !line.get("hedge").isNull() && !line.get("time").isNull()
              && !line.get("time").get("from").isMissingNode()) {
            complete++;
          }
          if (!quote.isEmpty() && section.contains("“" + quote + "”")) {
            shown++;
          } else {
            missing.add(line.get("assertion").asText());
          }
        }
      }
    }
    assertTrue(lines > 100, "the reference corpus has many dispute lines: " + lines);
    double completeShare = (double) complete / lines;
    double shownShare = (double) shown / lines;
    System.out.printf(Locale.ROOT, "dispute evidence lines: %d; with quote, hedge and time: %.1f %%;"
        + " quote in its dispute's Markdown section: %.1f %%%n", lines, 100 * completeShare,
        100 * shownShare);
    assertTrue(completeShare >= 0.98, "≥ 98 % of the lines carry a quote, a hedge and a time: "
        + completeShare);
    assertTrue(shownShare >= 0.90, "≥ 90 % of the quotes appear verbatim, in quotation marks, under"
        + " their dispute: " + shownShare + "; missing " + missing);
  }

  @Test
  void markdown_annexedRegionsDispute_quotesEachSideWithItsFootnote() {
    String md = markdown();
    String section = sections(md).get(
        "Conscripts are posted in the regions annexed in 2022 (Donetsk, Luhansk, Kherson, Zaporizhzhia)");
    assertTrue(section != null, "the flagship dispute has its section");
    assertTrue(section.startsWith("\n\nSources disagree. Four independent lines say yes (weight 0.78)"),
        "the dispute opens with the plain sentence: " + section.substring(0, 120));
    int yes = section.indexOf("**Say yes:**");
    int no = section.indexOf("**Say no:**");
    assertTrue(yes > 0 && no > yes, "both sides are headed");
    Matcher aliyev = Pattern.compile("- Huseyn Aliyev \\(academic\\): “they also serve in the four"
        + " annexed regions: Kherson, Zaporizhzhia, Donetsk and Luhansk\\.”\\[\\^(\\d+)\\] \\(states it"
        + " as fact; time: November 2024\\)").matcher(section);
    assertTrue(aliyev.find() && aliyev.start() > yes && aliyev.start() < no,
        "Aliyev's ¶82 under 'Say yes', quoted, with its footnote");
    // one statement encoded for each oblast, citing ¶82 or ¶82 and ¶83: shown once, citing both
    assertTrue(md.contains("\n[^" + aliyev.group(1) + "]: Huseyn Aliyev, meeting minutes, November 2024,"
        + " published January 2025, paragraphs 82 and 83\n"), "its footnote cites the minutes' paragraphs");
    Matcher pskov = Pattern.compile("- Pskovskaya Gubernia \\(media outlet\\): “but not into the"
        + " Ukrainian regions of Luhansk, Donetsk, Kherson or Zaporizhzhia”\\[\\^(\\d+)\\] \\(says it is"
        + " probable; time: November 2024; basis: assessment\\)").matcher(section);
    assertTrue(pskov.find() && pskov.start() > no, "Pskovskaya Gubernia's ¶7 under 'Say no'");
    assertTrue(md.contains("\n[^" + pskov.group(1) + "]: Pskovskaya Gubernia, meeting minutes,"
        + " November 2024, published January 2025, paragraph 7\n"), "its footnote");
  }

  @Test
  void markdown_footnotes_numberedInOrderOfFirstUse_eachDefinedOnce_identicalOnesReused() {
    String md = markdown();
    int body = md.indexOf("\n[^1]: ");
    assertTrue(body > 0, "footnotes are defined at the end");
    Matcher use = Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(md.substring(0, body));
    int next = 1;
    int uses = 0;
    while (use.find()) {
      int n = Integer.parseInt(use.group(1));
      assertTrue(n <= next, "footnote " + n + " used before footnote " + next);
      if (n == next) {
        next++;
      }
      uses++;
    }
    Matcher definition = Pattern.compile("(?m)^\\[\\^(\\d+)\\]: (.*)$").matcher(md);
    List<String> texts = new ArrayList<>();
    while (definition.find()) {
      assertEquals(texts.size() + 1, Integer.parseInt(definition.group(1)), "defined in order");
      assertFalse(texts.contains(definition.group(2)), "an identical footnote is reused: "
          + definition.group(2));
      texts.add(definition.group(2));
    }
    assertEquals(next - 1, texts.size(), "every footnote used is defined, and only those");
    assertTrue(uses > texts.size(), "some footnotes are reused: " + uses + " uses of " + texts.size());
  }

  @Test
  void markdown_referenceCorpus_isInPlainWords() {
    String md = markdown();
    assertEquals(1, md.split(Pattern.quote("How to read the weights:"), -1).length - 1,
        "the weight scale is explained once");
    for (String jargon : new String[] {"∞", "[13,", "person)", "case/day", "second-heaviest",
        " at .", " at ;", "stated by"}) {
      assertFalse(md.contains(jargon), "no jargon nor interval notation: " + jargon);
    }
    assertTrue(md.contains("OVD-Info gives at least 10 people (weight 0.49)"),
        "a value in words, from the finding's one value");
  }

  @Test
  void markdown_disputedFinding_refersToItsDispute() {
    String md = markdown();
    assertTrue(md.contains("**Chechen conscripts serve in Chechen units.** Disputed: see dispute 3"
        + " above, where every statement is listed."), "no second weight for a disputed finding");
  }
}
