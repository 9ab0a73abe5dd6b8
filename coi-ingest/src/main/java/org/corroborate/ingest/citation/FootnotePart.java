package org.corroborate.ingest.citation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Where one part of a footnote's text went: the characters {@code [start, end)} of the footnote
 * text were read as an interview citation, a written reference, a note, or reported unread in a
 * diagnostic. The parts of a footnote, with the separators between them ({@code ;}, commas,
 * spaces, full stops), cover its whole text: nothing is dropped without a word.
 *
 * @param start the first character, 0-based, in the footnote text
 * @param end one past the last character
 * @param kind what the part was read as
 */
public record FootnotePart(int start, int end, Kind kind) {

  /** What a part of a footnote was read as. */
  public enum Kind {
    /** An interview citation (source and paragraphs). */
    INTERVIEW_CITATION,
    /** A written-source reference. */
    WRITTEN_REFERENCE,
    /** Explanatory prose, kept as a note. */
    NOTE,
    /** Text that could not be read; a diagnostic of the footnote quotes it. */
    DIAGNOSED
  }

  /** Validates the span. */
  public FootnotePart {
    checkArgument(start >= 0, "part start must not be negative: %s", start);
    checkArgument(end >= start, "part end %s must not precede its start %s", end, start);
    Objects.requireNonNull(kind, "part kind");
  }
}
