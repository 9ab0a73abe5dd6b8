package org.corroborate.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A writer that shows the characters a reader cannot see, or that would reorder what they see, as
 * their code points: {@code ⟨U+202E⟩} for a right-to-left override. Every output of the command
 * line goes through one, so text read from a report can never turn a line round or hide words
 * (Unicode Technical Report #36, Unicode Security Considerations, §2.4 on bidirectional text
 * spoofing). Shown so: the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the marks U+200E, U+200F and U+061C, the invisible U+200B, U+2060 and U+FEFF,
 * and the C0 and C1 control characters other than tab, line feed and carriage return. Joiners
 * (U+200C, U+200D), which Persian and Arabic text needs, pass unchanged. O(1) a character.
 */
final class VisibleWriter extends FilterWriter {

  VisibleWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} is written as its code point. */
  static boolean hidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e || c == 0x200f || c == 0x061c
        || c == 0x200b || c == 0x2060 || c == 0xfeff;
  }

  /** {@code text} with every hidden character written as its code point. */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (hidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(codePoint(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "⟨U+%04X⟩", (int) c);
  }

  @Override
  public void write(int c) throws IOException {
    if (hidden((char) c)) {
      out.write(codePoint((char) c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    write(new String(buffer, offset, length), 0, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    String part = text.substring(offset, offset + length);
    out.write(visible(part));
  }
}
