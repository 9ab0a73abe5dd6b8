package org.corroborate.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.corroborate.model.ReferenceReports;
import org.junit.jupiter.api.Test;

/**
 * Field accuracy of the written references on a hand-checked sample of footnotes from the Iran and
 * Syria CPINs ({@code written-reference-gold.tsv}): outlet, title, URL, locator and date each read
 * exactly as a person reads them in at least {@link #TARGET} of the footnotes. The reports are read
 * from {@code COI_REPORTS_DIR}; the test is skipped when they are absent.
 */
final class WrittenReferenceGoldTest {

  /** The least share of exact fields required, per field. */
  static final double TARGET = 0.95;

  private record Gold(String report, int footnote, Map<String, String> fields) {}

  private static List<Gold> gold() throws IOException {
    List<Gold> out = new ArrayList<>();
    try (InputStream in = WrittenReferenceGoldTest.class.getResourceAsStream("written-reference-gold.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header == null) {
          header = line;
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outlet", cells[2]);
        fields.put("title", cells[3]);
        fields.put("url", cells[4]);
        fields.put("locator", cells[5]);
        fields.put("date", cells[6]);
        out.add(new Gold(cells[0], Integer.parseInt(cells[1]), fields));
      }
    }
    return out;
  }

  private static Map<String, String> read(WrittenReference w) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("outlet", w.outlet().orElse(""));
    out.put("title", w.title().orElse(""));
    out.put("url", w.url().orElse(""));
    out.put("locator", w.locator().orElse(""));
    out.put("date", w.date().map(Object::toString).orElse(""));
    return out;
  }

  @Test
  void goldSample_everyFieldAtLeastTarget() throws IOException, ReportParseException {
    List<Gold> gold = gold();
    Map<String, IngestedReport> reports = new HashMap<>();
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Gold g : gold) {
      IngestedReport report = reports.containsKey(g.report()) ? reports.get(g.report())
          : ReportIngest.read(ReferenceReports.text(g.report()), AliasFile.empty());
      reports.put(g.report(), report);
      Optional<WrittenReference> w = report.citations().footnote(g.footnote())
          .flatMap(f -> f.written().stream().findFirst());
      Map<String, String> got = w.map(WrittenReferenceGoldTest::read).orElse(Map.of());
      for (Map.Entry<String, String> e : g.fields().entrySet()) {
        right.merge(e.getKey(), 0, Integer::sum);
        if (e.getValue().equals(got.getOrDefault(e.getKey(), ""))) {
          right.merge(e.getKey(), 1, Integer::sum);
        } else {
          wrong.add(g.report() + " [^" + g.footnote() + "] " + e.getKey() + ": expected '"
              + e.getValue() + "', read '" + got.getOrDefault(e.getKey(), "") + "'");
        }
      }
    }
    StringBuilder figures = new StringBuilder();
    right.forEach((field, n) -> figures.append(String.format(Locale.ROOT, "%s %.1f %% (%d/%d); ",
        field, 100.0 * n / gold.size(), n, gold.size())));
    System.out.println("written-reference gold sample, " + gold.size() + " footnotes: " + figures);
    right.forEach((field, n) -> assertTrue(n >= TARGET * gold.size(),
        field + " exact in " + n + " of " + gold.size() + " footnotes, below " + TARGET + ": " + wrong));
  }
}
