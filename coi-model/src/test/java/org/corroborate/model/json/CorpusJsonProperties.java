package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

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
}
