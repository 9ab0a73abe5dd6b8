package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The minutes of a meeting with one source: a section headed {@code Meeting with …}.
 *
 * @param heading the heading's words as written, emphasis removed ({@code "Meeting with Sergey
 *     Krivenko, director of the Human Rights Group …"})
 * @param interlocutor what follows "Meeting with" in the heading
 * @param description the short text right under the heading that says who the source is, if any
 * @param line the 1-based line of the heading
 * @param paragraphs the numbered paragraphs in the order printed
 */
public record Minutes(
    String heading,
    String interlocutor,
    Optional<String> description,
    int line,
    ImmutableList<MinutesParagraph> paragraphs) {

  /** Validates every part; see the parameter descriptions. */
  public Minutes {
    Objects.requireNonNull(heading, "minutes heading");
    Objects.requireNonNull(interlocutor, "minutes interlocutor");
    Objects.requireNonNull(description, "minutes description");
    checkArgument(line >= 1, "minutes line must be at least 1: %s", line);
    paragraphs = ImmutableList.copyOf(paragraphs);
  }

  /** The paragraphs numbered {@code number}, in order of occurrence; O(paragraphs). */
  public ImmutableList<MinutesParagraph> paragraphs(int number) {
    return paragraphs.stream().filter(p -> p.number() == number).collect(ImmutableList.toImmutableList());
  }

  /** The paragraph numbers in the order printed, repeats included; O(paragraphs). */
  public ImmutableList<Integer> numbers() {
    return paragraphs.stream().map(MinutesParagraph::number).collect(ImmutableList.toImmutableList());
  }
}
