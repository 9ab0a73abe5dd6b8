package org.corroborate.ingest.citation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.report.Footnote;
import org.corroborate.ingest.report.ReportParser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The law behind "nothing lost without a word": for any footnote built from interview citations,
 * written references in the CPIN, EUAA and DIS styles, prose and stray fragments, joined by
 * semicolons, commas or nothing, every character of the footnote text lies in one of its parts or
 * is a separator.
 */
final class FootnoteCoverageProperties {

  private static final SourceRegistry REGISTRY = registry();

  private static SourceRegistry registry() {
    String minutes = "# Annex 2: Meeting minutes\n\n## Meeting with Anna Petrova, lawyer\n\n"
        + "1. First paragraph about conscription.\n2. Second paragraph about exemptions.\n"
        + "3. Third paragraph.\n\n## Meeting with Ivan Sidorov, journalist\n\n"
        + "1. He said something.\n2. He said more.\n";
    try {
      return SourceRegistry.of(new ReportParser().parse(minutes));
    } catch (ReportParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final List<String> FRAGMENTS = List.of(
      "Anna Petrova: 1", "Anna Petrova: 2-3", "Ivan Sidorov: 2", "Ivan Sidorov, 1", "Anna Petrova",
      "Anna Petrova: 1, Ivan Sidorov: 2", "Anna Petrova: 7",
      "EUAA, Iran – Country Focus <https://example.org/a.pdf> (section 1.2.), June 2024",
      "Forum 18 About Forum 18 <https://example.org/f18>, 2025",
      "Smith, J and Jones, K Conscription in Eritrea <https://example.org/e>, 2019",
      "ACCORD: Military service, 15 March 2024, https://example.org/accord",
      "BBC News, *Title; with a semicolon*, 9 August 2024, [url](#)",
      "Landinfo, Theme note Mobilisation <https://example.org/l>, (page 16, footnote 92), 2 May 2025",
      "The source said so in a phone call", "31", "see also the annex", "(Overview)", "«quoted»",
      "Anna Petrova: 1 and more words here", "*", ":", "Ivan Sidorov: 1+2");

  private static final List<String> JOINS = List.of("; ", ", ", " ", ";", " ; ");

  private static Gen<String> footnotes() {
    Gen<String> fragment = Generate.pick(FRAGMENTS);
    Gen<String> join = Generate.pick(JOINS);
    return lists().of(fragment).ofSizeBetween(1, 4).zip(lists().of(join).ofSize(4), (fs, js) -> {
      StringBuilder b = new StringBuilder(fs.get(0));
      for (int i = 1; i < fs.size(); i++) {
        b.append(js.get(i)).append(fs.get(i));
      }
      return b.toString();
    });
  }

  private static FootnoteCitations read(String footnote) {
    return new CitationParser().parse(new Footnote(1, 1, footnote, false), "", REGISTRY);
  }

  @Test
  void anyFootnote_partsCoverItsText() {
    qt().withExamples(400).forAll(footnotes()).check(f -> read(f).uncovered().isEmpty());
  }

  @Test
  void generator_producesCitationsReferencesAndNotes() {
    AtomicInteger citations = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger notes = new AtomicInteger();
    qt().withExamples(200).forAll(footnotes(), integers().all()).check((f, ignored) -> {
      FootnoteCitations c = read(f);
      citations.addAndGet(c.citations().isEmpty() ? 0 : 1);
      written.addAndGet(c.written().isEmpty() ? 0 : 1);
      notes.addAndGet(c.notes().isEmpty() ? 0 : 1);
      return true;
    });
    org.junit.jupiter.api.Assertions.assertTrue(citations.get() > 20 && written.get() > 20
            && notes.get() > 5,
        "the generated footnotes hold citations (" + citations + "), references (" + written
            + ") and notes (" + notes + ")");
  }
}
