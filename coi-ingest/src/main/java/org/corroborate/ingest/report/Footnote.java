package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A footnote as the report gives it.
 *
 * @param number its number
 * @param line the 1-based line of its text
 * @param text its text as written, without the leading number; may be empty (reported)
 * @param inMinutes whether it is given inside a minutes section
 */
public record Footnote(int number, int line, String text, boolean inMinutes) {

  /** Validates every part; see the parameter descriptions. */
  public Footnote {
    checkArgument(number >= 0, "footnote number must not be negative: %s", number);
    checkArgument(line >= 1, "footnote line must be at least 1: %s", line);
    Objects.requireNonNull(text, "footnote text");
  }
}
