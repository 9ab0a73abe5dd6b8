package org.corroborate.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Something met while reading a report that a reader of the result should know about: a quirk that
 * was resolved (an alias, a corrected typo, odd spacing) or a problem that was not (an unknown
 * source, a paragraph that does not exist).
 *
 * @param code what kind of finding it is
 * @param message what was found and what was done about it, in a sentence
 * @param line the 1-based line of the report it concerns
 * @param footnote the footnote it concerns, when it concerns one
 * @param excerpt the text at fault as written, possibly empty
 */
public record Diagnostic(
    DiagnosticCode code, String message, int line, OptionalInt footnote, String excerpt) {

  /** The longest excerpt kept, in characters; longer text is cut and ends with an ellipsis. */
  public static final int MAX_EXCERPT = 200;

  /** Validates every part and shortens the excerpt to {@link #MAX_EXCERPT} characters. */
  public Diagnostic {
    Objects.requireNonNull(code, "diagnostic code");
    Objects.requireNonNull(message, "diagnostic message");
    checkArgument(!message.isBlank(), "diagnostic message must not be blank");
    checkArgument(line >= 1, "diagnostic line must be at least 1: %s", line);
    Objects.requireNonNull(footnote, "diagnostic footnote");
    Objects.requireNonNull(excerpt, "diagnostic excerpt");
    excerpt = excerpt.strip();
    if (excerpt.length() > MAX_EXCERPT) {
      excerpt = excerpt.substring(0, MAX_EXCERPT - 1) + "…";
    }
  }

  /** A diagnostic about line {@code line}, not about a footnote. */
  public static Diagnostic atLine(DiagnosticCode code, int line, String excerpt, String message) {
    return new Diagnostic(code, message, line, OptionalInt.empty(), excerpt);
  }

  /** A diagnostic about footnote {@code footnote}, whose text is on line {@code line}. */
  public static Diagnostic inFootnote(
      DiagnosticCode code, int footnote, int line, String excerpt, String message) {
    return new Diagnostic(code, message, line, OptionalInt.of(footnote), excerpt);
  }

  /** {@code CODE line N [fn M]: message}. */
  @Override
  public String toString() {
    return code + " line " + line
        + (footnote.isPresent() ? " fn " + footnote.getAsInt() : "") + ": " + message;
  }
}
