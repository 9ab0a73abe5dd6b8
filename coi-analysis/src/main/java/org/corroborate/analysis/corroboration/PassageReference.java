package org.corroborate.analysis.corroboration;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.LocatorKind;
import org.corroborate.model.Passage;
import org.corroborate.model.Source;

/**
 * Where a statement is written, as a reader cites it: {@code Huseyn Aliyev: 82} in the EUAA manner
 * for minutes, {@code BBC News, "Title", p. 4} for a written source.
 *
 * @param passage the passage id
 * @param source the id of the source whose minutes or publication it is
 * @param document the document id
 * @param paragraph the paragraph number as printed, for a paragraph locator
 * @param occurrence which occurrence of a repeated paragraph number (1 when not repeated)
 * @param citation the reference in words
 */
public record PassageReference(
    String passage,
    String source,
    String document,
    Optional<String> paragraph,
    int occurrence,
    String citation) {

  /**
   * The order a reader expects: by source (as cited), then paragraph number (numerically when it
   * is a number), then occurrence, then the citation text.
   */
  public static final Comparator<PassageReference> READING_ORDER =
      Comparator.comparing((PassageReference r) -> r.source())
          .thenComparingLong(PassageReference::paragraphNumber)
          .thenComparing(r -> r.paragraph().orElse(""))
          .thenComparingInt(PassageReference::occurrence)
          .thenComparing(PassageReference::citation);

  /** The paragraph as a number when it is one to 18 ASCII digits; otherwise the largest long. */
  private static long paragraphNumber(PassageReference r) {
    if (r.paragraph().isEmpty()) {
      return Long.MAX_VALUE;
    }
    String v = r.paragraph().get();
    if (v.isEmpty() || v.length() > 18) {
      return Long.MAX_VALUE;
    }
    long number = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return Long.MAX_VALUE;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  /** Rejects null parts and an occurrence below 1. */
  public PassageReference {
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(citation, "citation");
    if (occurrence < 1) {
      throw new IllegalArgumentException("occurrence is at least 1: " + occurrence);
    }
  }

  /**
   * The reference of a passage held by {@code evidence}.
   *
   * @throws IllegalArgumentException if the evidence base has no such passage
   */
  public static PassageReference of(String passageId, EvidenceBase evidence) {
    Passage p = evidence.passage(passageId)
        .orElseThrow(() -> new IllegalArgumentException("unknown passage '" + passageId + "'"));
    Document d = evidence.document(p.document()).orElseThrow();
    String name = evidence.source(d.source()).map(Source::name).orElse(d.source());
    boolean paragraph = p.locator().kind() == LocatorKind.PARAGRAPH;
    String citation;
    if (d.kind() == DocumentKind.MINUTES && p.locator().kind() == LocatorKind.PARAGRAPH_ORDINAL) {
      citation = name + ", paragraph #" + p.locator().value();
    } else if (d.kind() == DocumentKind.MINUTES && paragraph) {
      citation = name + ": " + p.locator().value()
          + (p.locator().occurrence() > 1 ? " (occurrence " + p.locator().occurrence() + ")" : "");
    } else if (p.locator().kind() == LocatorKind.WHOLE_DOCUMENT) {
      citation = name + ", \"" + d.title() + "\"" + d.date().map(date -> ", " + date).orElse("");
    } else {
      citation = name + ", \"" + d.title() + "\", " + p.locator();
    }
    return new PassageReference(passageId, d.source(), d.id(),
        paragraph ? Optional.of(p.locator().value()) : Optional.empty(),
        p.locator().occurrence(), citation);
  }
}
