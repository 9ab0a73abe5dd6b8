package org.corroborate.ingest.citation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.corroborate.ingest.Diagnostic;

/**
 * One footnote read: every part of its text is an interview citation, a written reference or a
 * note (explanatory prose), and every quirk met is a diagnostic.
 *
 * @param number the footnote's number
 * @param line the 1-based line of its text
 * @param text its text as written
 * @param citations its interview citations, in order
 * @param written its written-source references, in order
 * @param notes its parts that are neither: explanations, glosses, cross-references
 * @param diagnostics what was met while reading it
 * @param parts where each part of its text went, in text order; with the separators between them
 *     they cover the text (see {@link #uncovered()})
 */
public record FootnoteCitations(
    int number,
    int line,
    String text,
    ImmutableList<InterviewCitation> citations,
    ImmutableList<WrittenReference> written,
    ImmutableList<String> notes,
    ImmutableList<Diagnostic> diagnostics,
    ImmutableList<FootnotePart> parts) {

  /** The characters that may stand between parts unread: spaces and punctuation that separates. */
  public static final String SEPARATORS = " \t\n\r;,.:*";

  /** Validates and copies every part. */
  public FootnoteCitations {
    checkArgument(number >= 0, "footnote number must not be negative: %s", number);
    checkArgument(line >= 1, "footnote line must be at least 1: %s", line);
    Objects.requireNonNull(text, "text");
    citations = ImmutableList.copyOf(citations);
    written = ImmutableList.copyOf(written);
    notes = ImmutableList.copyOf(notes);
    diagnostics = ImmutableList.copyOf(diagnostics);
    parts = ImmutableList.copyOf(parts);
    for (FootnotePart p : parts) {
      checkArgument(p.end() <= text.length(), "part %s-%s runs past the footnote's %s characters",
          p.start(), p.end(), text.length());
    }
  }

  /**
   * The text that no part covers, other than separators ({@link #SEPARATORS}); empty when every
   * character went somewhere. O(text length + parts).
   */
  public String uncovered() {
    boolean[] covered = new boolean[text.length()];
    for (FootnotePart p : parts) {
      for (int i = p.start(); i < p.end(); i++) {
        covered[i] = true;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!covered[i] && SEPARATORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
