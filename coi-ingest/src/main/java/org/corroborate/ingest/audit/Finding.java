package org.corroborate.ingest.audit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem with one interview citation of a footnote.
 *
 * @param footnote the footnote's number
 * @param line the 1-based line of the footnote's text
 * @param code what kind of problem it is
 * @param severity how much it matters
 * @param message what is wrong, in a sentence
 * @param excerpt the statement the footnote supports, shortened to {@link #MAX_EXCERPT}
 *     characters; empty when no marker points at the footnote
 * @param evidence what the finding rests on: the words or numbers compared and the scores
 * @param source the id of the cited source; empty when the name matches no source
 * @param surface the source's name as the footnote writes it
 * @param paragraphs the cited paragraph numbers concerned, in the order written
 * @param suggested paragraphs of the same source that support the statement better; may be empty
 */
public record Finding(
    int footnote,
    int line,
    FindingCode code,
    Severity severity,
    String message,
    String excerpt,
    String evidence,
    Optional<String> source,
    String surface,
    ImmutableList<Integer> paragraphs,
    ImmutableList<Integer> suggested) {

  /** The longest statement excerpt kept, in characters; longer text is cut with an ellipsis. */
  public static final int MAX_EXCERPT = 240;

  /** Validates every part, copies the lists and shortens the excerpt. */
  public Finding {
    checkArgument(footnote >= 0, "footnote must not be negative: %s", footnote);
    checkArgument(line >= 1, "line must be at least 1: %s", line);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "finding message must not be blank");
    excerpt = shorten(Objects.requireNonNull(excerpt, "excerpt").strip().replaceAll("\\s+", " "));
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(surface, "surface");
    paragraphs = ImmutableList.copyOf(paragraphs);
    suggested = ImmutableList.copyOf(suggested);
  }

  private static String shorten(String text) {
    return text.length() > MAX_EXCERPT ? text.substring(0, MAX_EXCERPT - 1) + "…" : text;
  }

  /** {@code fn N CODE SEVERITY surface: paragraphs → suggested}. */
  @Override
  public String toString() {
    return "fn " + footnote + " " + code + " " + severity + " " + surface + ": " + paragraphs
        + (suggested.isEmpty() ? "" : " → " + suggested);
  }
}
