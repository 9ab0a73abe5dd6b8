package org.corroborate.ingest.citation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One paragraph number of an interview citation and what it points at.
 *
 * @param number the paragraph number as cited
 * @param resolution how it was resolved in the source's minutes
 * @param occurrences the occurrence it means (one element) when resolved; every candidate when
 *     ambiguous; empty when the paragraph does not exist or the source is unknown
 */
public record CitedParagraph(int number, Resolution resolution, ImmutableList<Integer> occurrences) {

  /** How a cited paragraph number was resolved. */
  public enum Resolution {
    /** The number occurs once in the minutes. */
    UNIQUE,
    /** The number occurs more than once; the statement's content chose one occurrence. */
    BY_CONTENT,
    /** The number occurs more than once and the statement does not tell which is meant. */
    AMBIGUOUS,
    /** The minutes have no paragraph with this number. */
    NONEXISTENT,
    /** The citation's source is not registered, so the number could not be checked. */
    UNCHECKED
  }

  /** Validates every part; see the parameter descriptions. */
  public CitedParagraph {
    checkArgument(number >= 0, "paragraph number must not be negative: %s", number);
    Objects.requireNonNull(resolution, "resolution");
    occurrences = ImmutableList.copyOf(occurrences);
  }
}
