package org.corroborate.cli;

/**
 * Escapes text for HTML and XML, in element content and in quoted attribute values alike.
 *
 * <p>The five markup characters become entity references: {@code &} → {@code &amp;}, {@code <} →
 * {@code &lt;}, {@code >} → {@code &gt;}, {@code "} → {@code &quot;}, {@code '} → {@code &#39;}.
 * Characters that XML 1.0 does not allow in a document — C0 controls other than tab, line feed and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF — become U+FFFD, the replacement
 * character, so the page stays well-formed whatever a corpus holds. Everything else, including
 * characters outside the Basic Multilingual Plane, is kept as it is (the page is UTF-8). Escaping
 * is not idempotent: escaping {@code &amp;} gives {@code &amp;amp;}, as it must for text that
 * really says {@code &amp;}.
 */
final class HtmlEscaper {

  /** What replaces a character XML does not allow. */
  static final char REPLACEMENT = '\uFFFD';

  private HtmlEscaper() {}

  /** {@code text} escaped for element content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            out.append(c);
          } else {
            out.append(REPLACEMENT);
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether XML 1.0 allows {@code c} on its own (surrogates only come in pairs). */
  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
