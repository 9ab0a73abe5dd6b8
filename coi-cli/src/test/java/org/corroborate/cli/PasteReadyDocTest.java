package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/paste-ready.md}: every example is the unedited output of the command written above
 * it, so the page shows what a researcher really pastes.
 */
final class PasteReadyDocTest {

  @Test
  void pasteReadyPage_examples_areTheOutputOfTheirCommands() throws IOException {
    String page = Files.readString(Path.of("../docs/paste-ready.md"), StandardCharsets.UTF_8);
    Matcher example = Pattern.compile("`coi (analyze [^`]*)`\n\n```markdown\n(.*?)```\n",
        Pattern.DOTALL).matcher(page);
    int examples = 0;
    while (example.find()) {
      String[] args = ("analyze -q " + example.group(1).substring("analyze ".length())).split(" ");
      Run r = Run.coi(args);
      assertEquals(Coi.OK, r.code(), r.err());
      assertEquals(r.out(), example.group(2), "docs/paste-ready.md shows what `coi "
          + example.group(1) + "` prints; regenerate the example");
      examples++;
    }
    assertEquals(2, examples, "one dispute and one corroborated finding");
    assertTrue(page.contains("Sources disagree.") && page.contains("Corroborated:"), "both kinds");
  }
}
