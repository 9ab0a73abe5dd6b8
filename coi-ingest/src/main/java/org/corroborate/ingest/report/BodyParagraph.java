package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph of a report's body (anything outside the minutes): the unit a statement and its
 * footnotes belong to.
 *
 * <p>In reports that number their paragraphs ({@code 7.2.5}), a numbered paragraph runs to the next
 * numbered paragraph or heading, quotations and lists included; reports number paragraphs alike
 * now and then, and {@link #occurrence()} tells them apart. Elsewhere a paragraph is a block of
 * lines between blank lines, joined with the next block when that block starts in lower case after
 * a page break.
 *
 * @param line the 1-based line it starts on
 * @param section the number of the section it lies in, if any
 * @param number its printed number, if the report numbers paragraphs
 * @param occurrence 1 for the first paragraph with this number, 2 for the next; 1 when unnumbered
 * @param text its text with footnote markers removed; lines joined with line breaks
 * @param markers the footnote markers it carries, in order
 */
public record BodyParagraph(
    int line,
    Optional<String> section,
    Optional<String> number,
    int occurrence,
    String text,
    ImmutableList<FootnoteMarker> markers) {

  /** Validates every part; see the parameter descriptions. */
  public BodyParagraph {
    checkArgument(line >= 1, "paragraph line must be at least 1: %s", line);
    Objects.requireNonNull(section, "paragraph section");
    Objects.requireNonNull(number, "paragraph number");
    checkArgument(occurrence >= 1, "occurrence must be at least 1: %s", occurrence);
    Objects.requireNonNull(text, "paragraph text");
    markers = ImmutableList.copyOf(markers);
  }
}
