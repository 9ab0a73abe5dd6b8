package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A numbered heading of a report's body, such as {@code 6.2. Tasks related to the war effort in
 * Ukraine}.
 *
 * @param number the number without its trailing dot ({@code "6.2"})
 * @param title the heading's words after the number, emphasis removed
 * @param line the 1-based line of the heading
 * @param level the Markdown heading level, 1 for {@code #}
 */
public record Section(String number, String title, int line, int level) {

  /** Validates every part; see the parameter descriptions. */
  public Section {
    Objects.requireNonNull(number, "section number");
    Objects.requireNonNull(title, "section title");
    checkArgument(line >= 1, "section line must be at least 1: %s", line);
    checkArgument(level >= 1 && level <= 6, "heading level must be 1 to 6: %s", level);
  }
}
