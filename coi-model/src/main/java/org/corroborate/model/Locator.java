package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where in a document a passage lies: paragraph 82, page 72, footnote 485, section 6.2, the fifth
 * paragraph of notes that number none, or the whole document.
 *
 * <p>Reports sometimes number two paragraphs alike (a numbering restarted by a page break, a
 * paragraph continued after a quotation); {@link #occurrence()} tells them apart: the first
 * paragraph numbered 82 in a document is occurrence 1, the next occurrence 2.
 *
 * @param kind paragraph, page, footnote, section or whole document
 * @param value the number as printed ({@code 82}, {@code 7.2.5}, {@code iv}); empty exactly for
 *     {@link LocatorKind#WHOLE_DOCUMENT}
 * @param occurrence 1 for the first passage with this kind and value in its document, 2 for the
 *     second, and so on
 */
public record Locator(LocatorKind kind, String value, int occurrence) {

  private static final Pattern VALUE = Pattern.compile("[0-9A-Za-z]+([.\\-][0-9A-Za-z]+)*");

  /** Validates every part; see the parameter descriptions. */
  public Locator {
    Objects.requireNonNull(kind, "locator kind");
    Objects.requireNonNull(value, "locator value");
    if (kind == LocatorKind.WHOLE_DOCUMENT) {
      checkArgument(value.isEmpty(), "a whole-document locator has no value: '%s'", value);
    } else {
      checkArgument(
          value.length() <= 32 && VALUE.matcher(value).matches(),
          "%s number must be letters and digits separated by '.' or '-', at most 32 characters: '%s'",
          kind,
          value);
    }
    checkArgument(occurrence >= 1, "locator occurrence must be at least 1: %s", occurrence);
  }

  /** The first paragraph numbered {@code number}. */
  public static Locator paragraph(String number) {
    return new Locator(LocatorKind.PARAGRAPH, number, 1);
  }

  /** The {@code occurrence}-th paragraph numbered {@code number}. */
  public static Locator paragraph(String number, int occurrence) {
    return new Locator(LocatorKind.PARAGRAPH, number, occurrence);
  }

  /**
   * The {@code ordinal}-th published paragraph of a document whose paragraphs carry no number.
   *
   * @throws IllegalArgumentException if {@code ordinal} is below 1
   */
  public static Locator paragraphOrdinal(int ordinal) {
    checkArgument(ordinal >= 1, "a paragraph ordinal is at least 1: %s", ordinal);
    return new Locator(LocatorKind.PARAGRAPH_ORDINAL, Integer.toString(ordinal), 1);
  }

  /** Page {@code number}. */
  public static Locator page(String number) {
    return new Locator(LocatorKind.PAGE, number, 1);
  }

  /** Footnote {@code number}. */
  public static Locator footnote(String number) {
    return new Locator(LocatorKind.FOOTNOTE, number, 1);
  }

  /** Section {@code number}. */
  public static Locator section(String number) {
    return new Locator(LocatorKind.SECTION, number, 1);
  }

  /** The whole document. */
  public static Locator wholeDocument() {
    return new Locator(LocatorKind.WHOLE_DOCUMENT, "", 1);
  }

  /**
   * A short citation form: {@code ¶82}, {@code ¶82 (2)}, {@code p. 72}, {@code fn. 485}, {@code
   * paragraph #5} for the fifth paragraph of unnumbered notes.
   */
  @Override
  public String toString() {
    String base =
        switch (kind) {
          case PARAGRAPH -> "¶" + value;
          case PAGE -> "p. " + value;
          case FOOTNOTE -> "fn. " + value;
          case SECTION -> "§" + value;
          case WHOLE_DOCUMENT -> "whole document";
          case PARAGRAPH_ORDINAL -> "paragraph #" + value;
        };
    return occurrence == 1 ? base : base + " (" + occurrence + ")";
  }
}
