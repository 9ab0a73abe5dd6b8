package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The escaper of the HTML report, fed hostile strings. */
final class HtmlEscaperTest {

  private static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "' onmouseover='alert(1)",
      "Tom & Jerry &amp; &#60; &lt;",
      "]]><![CDATA[",
      "<!-- --> <?xml version=\"1.0\"?>",
      "nul\u0000 bell\u0007 escape\u001b vertical-tab\u000b",
      "lone high \uD800 lone low \uDC00 reversed \uDC00\uD800",
      "not characters \uFFFE\uFFFF",
      "Pskovskaya Gubernia: 7 — Крым › 🙂 İstanbul ı",
      "tab\tnewline\ncarriage\r");

  @Test
  void escape_markupCharacters_becomeEntityReferences() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
        HtmlEscaper.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"));
  }

  @Test
  void escape_existingEntity_isEscapedAgain() {
    assertEquals("&amp;amp;", HtmlEscaper.escape("&amp;"), "text that says &amp; must show &amp;");
  }

  @Test
  void escape_charactersXmlForbids_becomeTheReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFD", HtmlEscaper.escape("a\u0000b\uD800c\uFFFEd\uDC00"));
  }

  @Test
  void escape_textOutsideMarkup_isKeptAsItIs() {
    String text = "Крым › 🙂 İstanbul ı\ttab\nline";
    assertEquals(text, HtmlEscaper.escape(text), "letters, emoji pairs and white space stay");
  }

  @Test
  void escape_hostileStrings_stayTextInElementsAndAttributes() throws Exception {
    for (String hostile : HOSTILE) {
      String escaped = HtmlEscaper.escape(hostile);
      assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"")
          || escaped.contains("'"), "no markup character survives: " + escaped);
      String xml = "<p title=\"" + escaped + "\">" + escaped + "</p>";
      Document doc = assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), xml);
      String expected = readBack(hostile);
      assertEquals(expected, doc.getDocumentElement().getTextContent(), "the text reads back");
      assertEquals(expected.replaceAll("[\t\n\r]", " "),
          doc.getDocumentElement().getAttribute("title"), "the attribute reads back, white space normalised");
    }
  }

  /** What a parser reads back: the hostile text with forbidden characters replaced. */
  private static String readBack(String hostile) {
    StringBuilder out = new StringBuilder();
    hostile.codePoints().forEach(c -> {
      boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
          || c > 0xDFFF && c < 0xFFFE || c > 0xFFFF;
      out.appendCodePoint(allowed ? c : HtmlEscaper.REPLACEMENT);
    });
    return out.toString().replace("\r", "\n");
  }
}
