package org.corroborate.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.CitationParser;
import org.corroborate.ingest.citation.Citations;
import org.corroborate.ingest.citation.SourceRegistry;

/**
 * Fuzzes the report parser and the citation parser behind it. In the normal test run it replays
 * the inputs under {@code ReportParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it searches for
 * new ones, coverage-guided.
 */
final class ReportParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse_returnsResultOrParseException(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParsedReport report;
    try {
      report = new ReportParser().parse(text);
    } catch (ReportParseException e) {
      assertTrue(e.line() >= 1, "the rejection names a line: " + e.getMessage());
      return;
    }
    List<Integer> seen = new ArrayList<>();
    String[] lines = ReportParser.lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    boolean[] inCode = ReportParser.codeBlocks(lines).lines();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String rest = line;
      Matcher definition = java.util.regex.Pattern.compile(
          "^(?:<sup>\\s*\\d{1,6}\\s*</sup>|\\[\\^\\d{1,6}\\]:)").matcher(line);
      if (definition.find()) {
        if (inCode[i] && line.matches("^(?:<sup>\\s*\\d{1,6}\\s*</sup>|\\[\\^\\d{1,6}\\]:).*$")) {
          continue; // a definition in a code block is kept as text, its markers unread
        }
        rest = line.substring(definition.end());
      }
      Matcher m = ReportParser.MARKER.matcher(rest);
      while (m.find()) {
        seen.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
      }
    }
    List<Integer> found = report.markers().stream().filter(mk -> !mk.withoutSup())
        .map(FootnoteMarker::number).sorted().collect(Collectors.toList());
    assertEquals(seen.stream().sorted().collect(Collectors.toList()), found,
        "every footnote marker in the text is in the result");
    Citations citations = new CitationParser().parse(report, SourceRegistry.of(report));
    assertEquals(report.footnotes().keySet(), citations.footnotes().keySet(),
        "every footnote is read");
  }
}
