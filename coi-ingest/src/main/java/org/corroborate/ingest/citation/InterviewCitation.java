package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * A citation of an interview source's minutes, such as {@code Huseyn Aliyev: 82-84}.
 *
 * @param source the id of the registered source it names; empty when the name matches none
 * @param surface the name as written
 * @param paragraphs the cited paragraphs, ranges expanded, in the order written; empty when the
 *     footnote names the source without a paragraph
 */
public record InterviewCitation(
    Optional<String> source, String surface, ImmutableList<CitedParagraph> paragraphs) {

  /** Validates every part; see the parameter descriptions. */
  public InterviewCitation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(surface, "surface");
    paragraphs = ImmutableList.copyOf(paragraphs);
  }

  /** The cited paragraph numbers, in order. */
  public ImmutableList<Integer> numbers() {
    return paragraphs.stream().map(CitedParagraph::number).collect(ImmutableList.toImmutableList());
  }
}
