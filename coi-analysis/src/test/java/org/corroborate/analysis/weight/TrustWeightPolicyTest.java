package org.corroborate.analysis.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.junit.jupiter.api.Test;

/** The trust prior's formula and explanation on one assertion. */
final class TrustWeightPolicyTest {

  private static final Assertion PLAIN = Assertion.affirms("a1", "a", "posted-kursk", "a-1");
  private static final EvidenceBase EVIDENCE = new Corpus()
      .source(Source.of("a", "A", SourceKind.NGO)).posted("kursk").says(PLAIN).build();

  @Test
  void weight_isTheBaseWeightTimesOneMinusStrengthPlusStrengthTimesTrust() {
    double base = AdmiraltyWeightPolicy.standard().weigh(PLAIN, EVIDENCE);
    TrustWeightPolicy policy =
        TrustWeightPolicy.of(AdmiraltyWeightPolicy.standard(), Map.of("a", 0.4), 0.5);
    assertEquals(base * (1 - 0.5 + 0.5 * 0.4), policy.weigh(PLAIN, EVIDENCE), 1e-12);
  }

  @Test
  void aSourceWithoutEstimate_getsTheMeanTrust() {
    TrustWeightPolicy policy = TrustWeightPolicy.of(AdmiraltyWeightPolicy.standard(),
        Map.of("b", 0.2, "c", 0.6), 1.0);
    assertEquals(0.4, policy.factor("a"), 1e-12);
  }

  @Test
  void explanation_addsTheTrustFactorBeforeTheWeight() {
    AssertionWeight w = TrustWeightPolicy.of(AdmiraltyWeightPolicy.standard(), Map.of("a", 0.4),
        0.5).explain(PLAIN, EVIDENCE);
    String text = String.join("\n", w.explanation());
    assertTrue(text.contains("× 0.700  source trust 0.400, prior strength 0.50"), text);
    assertTrue(w.explanation().get(w.explanation().size() - 1).equals("weight = 0.277"), text);
    assertEquals(1, w.explanation().stream().filter(l -> l.startsWith("weight = ")).count(), text);
  }
}
