package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The minutes of a meeting with one source: a section headed {@code Meeting with …} whose
 * paragraphs are numbered ({@link ParagraphNumbering#PRINTED}), or interview notes opened by a
 * {@code Date:} line and a {@code Meeting with:} line whose paragraphs are counted ({@link
 * ParagraphNumbering#ORDINAL}).
 *
 * @param heading the heading's words as written, emphasis removed ({@code "Meeting with Sergey
 *     Krivenko, director of the Human Rights Group …"}); for notes, the {@code Meeting with:} line
 * @param interlocutor what follows "Meeting with" in the heading; for notes, the source's name as
 *     the notes give it (their own heading, or the words before {@code Date:})
 * @param description the short text right under the heading that says who the source is, if any;
 *     for notes, what follows {@code Meeting with:}
 * @param line the 1-based line of the heading (for notes, of their own heading or {@code Date:})
 * @param paragraphs the paragraphs in the order printed
 * @param numbering how the paragraphs are addressed: by printed number or by ordinal
 * @param date the meeting date as written, when the minutes give one ({@code "21 November 2022"})
 */
public record Minutes(
    String heading,
    String interlocutor,
    Optional<String> description,
    int line,
    ImmutableList<MinutesParagraph> paragraphs,
    ParagraphNumbering numbering,
    Optional<String> date) {

  /** Validates every part; see the parameter descriptions. */
  public Minutes {
    Objects.requireNonNull(heading, "minutes heading");
    Objects.requireNonNull(interlocutor, "minutes interlocutor");
    Objects.requireNonNull(description, "minutes description");
    checkArgument(line >= 1, "minutes line must be at least 1: %s", line);
    paragraphs = ImmutableList.copyOf(paragraphs);
    Objects.requireNonNull(numbering, "minutes paragraph numbering");
    Objects.requireNonNull(date, "minutes date");
    if (numbering == ParagraphNumbering.ORDINAL) {
      for (int i = 0; i < paragraphs.size(); i++) {
        checkArgument(paragraphs.get(i).number() == i + 1,
            "paragraph %s of ordinal minutes is numbered %s", i + 1, paragraphs.get(i).number());
      }
    }
  }

  /** Minutes with printed paragraph numbers and no date. */
  public Minutes(String heading, String interlocutor, Optional<String> description, int line,
      ImmutableList<MinutesParagraph> paragraphs) {
    this(heading, interlocutor, description, line, paragraphs, ParagraphNumbering.PRINTED,
        Optional.empty());
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
