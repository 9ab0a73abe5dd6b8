package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A paragraph of meeting minutes: what a citation such as {@code Huseyn Aliyev: 82} points at.
 *
 * @param number the printed number, or the ordinal in minutes numbered by {@link
 *     ParagraphNumbering#ORDINAL}
 * @param occurrence 1 for the first paragraph with this number in its minutes, 2 for the next
 * @param line the 1-based line of the number
 * @param text the paragraph's text, nested list items and continuation lines included, markers
 *     removed; empty only when the report gives no text for the number
 * @param markers the footnote markers it carries
 */
public record MinutesParagraph(
    int number, int occurrence, int line, String text, ImmutableList<FootnoteMarker> markers) {

  /** Validates every part; see the parameter descriptions. */
  public MinutesParagraph {
    checkArgument(number >= 0, "paragraph number must not be negative: %s", number);
    checkArgument(occurrence >= 1, "occurrence must be at least 1: %s", occurrence);
    checkArgument(line >= 1, "paragraph line must be at least 1: %s", line);
    Objects.requireNonNull(text, "paragraph text");
    markers = ImmutableList.copyOf(markers);
  }
}
