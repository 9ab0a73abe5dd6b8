package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A reference from the text to a footnote: {@code <sup>348</sup>}, {@code [^14]}, or a bare number
 * the report printed in place of a superscript.
 *
 * @param number the footnote's number
 * @param line the 1-based line the marker is on
 * @param withoutSup whether the marker was written as a bare number
 * @param statement the text the marker closes: from the previous marker of the same paragraph (or
 *     the paragraph's start) up to this marker, markers removed; for a marker outside any paragraph
 *     (in a heading or a footnote), the text of its line
 */
public record FootnoteMarker(int number, int line, boolean withoutSup, String statement) {

  /** Validates every part; see the parameter descriptions. */
  public FootnoteMarker {
    checkArgument(number >= 0, "footnote number must not be negative: %s", number);
    checkArgument(line >= 1, "marker line must be at least 1: %s", line);
    Objects.requireNonNull(statement, "marker statement");
  }
}
