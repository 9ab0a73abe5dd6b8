package org.corroborate.ingest.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One term of an analysed text and where it was read: the stem {@code conscript} from the
 * characters 4 to 15, "conscripts".
 *
 * @param term the term as indexed (stemmed, lower case), never empty
 * @param start the offset of its first character in the text
 * @param end the offset after its last character; greater than {@code start}
 */
public record AnalyzedTerm(String term, int start, int end) {

  /** Validates every part; see the parameter descriptions. */
  public AnalyzedTerm {
    Objects.requireNonNull(term, "term");
    checkArgument(!term.isEmpty(), "a term is not empty");
    checkArgument(start >= 0 && end > start, "a term spans characters [start, end): [%s, %s)", start, end);
  }

  /** The characters of {@code text} the term was read from. */
  public String surface(String text) {
    return text.substring(start, end);
  }
}
