package org.corroborate.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.Source;
import org.corroborate.model.words.InWords;

/**
 * A statement's reference as a footnote in the manner of the EUAA COI referencing style: the
 * source, the report that holds the minutes (its publisher, title in italics and date), and
 * "meeting minutes, paragraph N" — {@code Huseyn Aliyev, in: Danish Immigration Service and Swedish
 * Migration Agency, *Russia – Conscription*, January 2025, meeting minutes, paragraph 82}.
 *
 * <p>The report that holds a set of minutes is read from the corpus: the one document of kind
 * {@link DocumentKind#REPORT} whose date is the date the minutes were published ({@link
 * Document#published()}). A corpus that holds no such report (the bundled reference corpus encodes
 * the minutes, not the report around them) gets the minutes' own particulars instead: {@code Huseyn
 * Aliyev, meeting minutes, November 2024, published January 2025, paragraph 82}. A written source
 * reads {@code Verstka, “Title”, 13 November 2024}.
 */
final class EuaaReference {

  private EuaaReference() {}

  /** The footnote text of {@code statement}: one reference per document, joined by "; ". O(p). */
  static String of(Statement statement, EvidenceBase evidence) {
    Objects.requireNonNull(statement, "statement");
    return of(statement.assertion().passages(), evidence);
  }

  /** The footnote text of the given passages: one reference per document, joined by "; ". O(p). */
  static String of(java.util.Collection<String> passageIds, EvidenceBase evidence) {
    Map<String, List<Locator>> byDocument = new LinkedHashMap<>();
    for (String id : passageIds) {
      Passage passage = evidence.passage(id).orElseThrow();
      byDocument.computeIfAbsent(passage.document(), d -> new ArrayList<>()).add(passage.locator());
    }
    List<String> references = new ArrayList<>();
    byDocument.forEach((id, locators) ->
        references.add(document(evidence.document(id).orElseThrow(), locators, evidence)));
    return String.join("; ", references);
  }

  private static String document(Document document, List<Locator> locators, EvidenceBase evidence) {
    String name = name(document.source(), evidence);
    String where = locators(locators);
    if (document.kind() == DocumentKind.MINUTES) {
      Optional<Document> report = report(document, evidence);
      String head = report.map(r -> name + ", in: " + name(r.source(), evidence) + ", *" + r.title()
              + "*" + r.date().map(d -> ", " + InWords.date(d)).orElse("") + ", meeting minutes")
          .orElseGet(() -> name + ", meeting minutes"
              + document.date().map(d -> ", " + InWords.date(d)).orElse("")
              + document.published().map(d -> ", published " + InWords.date(d)).orElse(""));
      return head + (where.isEmpty() ? "" : ", " + where);
    }
    String title = document.kind() == DocumentKind.REPORT
        ? "*" + document.title() + "*" : "“" + document.title() + "”";
    return name + ", " + title + document.date().map(d -> ", " + InWords.date(d)).orElse("")
        + (where.isEmpty() ? "" : ", " + where);
  }

  /**
   * The report that holds {@code minutes}: the one report document of the corpus dated when the
   * minutes were published; empty when there is none, or more than one.
   */
  static Optional<Document> report(Document minutes, EvidenceBase evidence) {
    if (minutes.published().isEmpty()) {
      return Optional.empty();
    }
    List<Document> reports = evidence.documents().stream()
        .filter(d -> d.kind() == DocumentKind.REPORT && d.date().equals(minutes.published()))
        .toList();
    return reports.size() == 1 ? Optional.of(reports.get(0)) : Optional.empty();
  }

  /** "paragraph 82", "paragraphs 89 and 92", "paragraph 7 (its second occurrence)", "page 4". */
  private static String locators(List<Locator> locators) {
    List<String> paragraphs = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Locator at : locators) {
      String occurrence = at.occurrence() > 1 ? " (occurrence " + at.occurrence() + ")" : "";
      switch (at.kind()) {
        case PARAGRAPH -> paragraphs.add(at.value() + occurrence);
        case PAGE -> others.add("page " + at.value() + occurrence);
        case FOOTNOTE -> others.add("footnote " + at.value() + occurrence);
        case SECTION -> others.add("section " + at.value() + occurrence);
        case WHOLE_DOCUMENT -> { }
      }
    }
    List<String> parts = new ArrayList<>();
    if (!paragraphs.isEmpty()) {
      parts.add((paragraphs.size() == 1 ? "paragraph " : "paragraphs ") + InWords.list(paragraphs));
    }
    parts.addAll(others);
    return String.join(", ", parts);
  }

  private static String name(String source, EvidenceBase evidence) {
    return evidence.source(source).map(Source::name).orElse(source);
  }
}
