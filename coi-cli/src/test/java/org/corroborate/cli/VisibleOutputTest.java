package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose footnote hides a right-to-left override: every output shows it as its code point,
 * so a footnote can never read backwards on a terminal or a page; joiners that Persian needs pass.
 */
class VisibleOutputTest {

  @TempDir Path dir;

  @Test
  void aRightToLeftOverride_isShownAsItsCodePoint_inTextAndJson() throws Exception {
    Path report = dir.resolve("bidi.md");
    Files.writeString(report, "# Report\n\n## 1. Section\n\n1. A statement.[^1]\n\n"
        + "[^1]: Huseyn Aliyev: 82 \u202Elive\u202C and \u2066isolated\u2069 text\n",
        StandardCharsets.UTF_8);
    for (String format : new String[] {"text", "json"}) {
      Run r = Run.coi("citations", "--report", report.toString(), "--format", format);
      assertEquals(Coi.OK, r.code(), r.err());
      assertTrue(r.out().contains("⟨U+202E⟩live⟨U+202C⟩ and ⟨U+2066⟩isolated⟨U+2069⟩"), r.out());
      assertFalse(r.out().chars().anyMatch(c -> c == 0x202E || c == 0x202C || c == 0x2066 || c == 0x2069),
          "no raw bidirectional control in the " + format + " output");
      if (format.equals("json")) {
        new ObjectMapper().readTree(r.out());
      }
    }
  }

  @Test
  void joinersAndOrdinaryTextPassUnchanged() {
    String persian = "می\u200Cخواهم";
    assertEquals(persian, VisibleWriter.visible(persian));
    assertEquals("tab\tand line\n", VisibleWriter.visible("tab\tand line\n"));
    assertEquals("a⟨U+200B⟩b⟨U+0007⟩", VisibleWriter.visible("a\u200Bb\u0007"));
  }
}
