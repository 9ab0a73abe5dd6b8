package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.corroborate.model.CorporaAccess;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/** Laws of the JSON format over generated valid corpora. */
final class CorpusJsonProperties {

  @Test
  void writeThenRead_isIdentity() {
    qt().withExamples(300).forAll(CorporaAccess.valid(8)).checkAssert(e -> {
      String json = CorpusJson.toJson(e);
      EvidenceBase read = CorpusJson.fromJson(json);
      assertEquals(e, read, "reading what was written must give the same evidence base");
      assertEquals(json, CorpusJson.toJson(read), "writing is deterministic");
    });
  }

  @Test
  void write_isByteIdentical_whateverTheOrderThePartsWereAddedIn() {
    qt().withExamples(300).forAll(CorporaAccess.inTwoOrders(8)).checkAssert(pair -> {
      byte[] inOrder = CorpusJson.toJson(pair.get(0)).getBytes(StandardCharsets.UTF_8);
      byte[] shuffled = CorpusJson.toJson(pair.get(1)).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(inOrder, shuffled, "the same corpus is written byte for byte alike");
      assertArrayEquals(inOrder, CorpusJson.toJson(pair.get(0)).getBytes(StandardCharsets.UTF_8),
          "and alike on every run");
    });
  }
}
