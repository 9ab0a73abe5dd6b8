package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Problems with numbers are said in the project's words, not in the JSON library's. */
final class LibraryWordsTest {

  private static String problem(String json) {
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0).toString();
  }

  private static final String PASSAGE = "{\"format\":\"corroborate/3\",\"passages\":[{\"id\":\"a\","
      + "\"document\":\"d\",\"locator\":{\"kind\":\"paragraph\",\"value\":\"1\",\"occurrence\":%s}}]}";

  @Test
  void read_nanNumber_saidWithoutTheLibrarysFeatureName() {
    String m = problem(String.format(PASSAGE, "NaN"));
    assertTrue(m.contains("'NaN' is not a number in JSON"), m);
    assertFalse(m.contains("JsonReadFeature") || m.contains("enable"), m);
  }

  @Test
  void read_integerOutOfRange_saidWithTheRange() {
    String m = problem(String.format(PASSAGE, "99999999999"));
    assertTrue(m.contains("99999999999 is too large for a whole number here (at most 2147483647)"), m);
    assertFalse(m.contains("of int"), m);
  }
}
