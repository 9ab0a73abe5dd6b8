package org.corroborate.analysis.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.primitives.Doubles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The two forms of a policy's line and combination laws agree: the array form the analysis calls
 * gives, to the last bit, what the collection form gives for the same weights.
 */
final class WeightFormsProperties {

  private static final Gen<List<Double>> WEIGHTS =
      lists().of(doubles().between(0.0, 1.0)).ofSizeBetween(0, 12);

  private static final WeightPolicy ADMIRALTY = AdmiraltyWeightPolicy.standard();
  private static final WeightPolicy TRUSTED =
      TrustWeightPolicy.of(ADMIRALTY, Map.of("bbc-news", 0.3), 0.5);

  /** A policy that overrides only the collection forms, with laws of its own. */
  private static final WeightPolicy MEAN = new WeightPolicy() {
    @Override
    public double weigh(Assertion assertion, EvidenceBase evidence) {
      return ADMIRALTY.weigh(assertion, evidence);
    }

    @Override
    public AssertionWeight explain(Assertion assertion, EvidenceBase evidence) {
      return ADMIRALTY.explain(assertion, evidence);
    }

    @Override
    public double line(Collection<Double> weights) {
      return weights.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    @Override
    public double combine(Collection<Double> weights) {
      return weights.stream().mapToDouble(Double::doubleValue).min().orElse(0.0);
    }
  };

  @Test
  void arrayForm_givesTheCollectionFormsValue_forEveryPolicy_onAnyPrefix() {
    qt().withExamples(300).forAll(WEIGHTS, integers().between(0, 4))
        .checkAssert((weights, spare) -> {
          // the array is longer than the weights read: what lies past count is never read
          double[] array = new double[weights.size() + spare];
          for (int i = 0; i < weights.size(); i++) {
            array[i] = weights.get(i);
          }
          java.util.Arrays.fill(array, weights.size(), array.length, 0.999);
          for (WeightPolicy policy : List.of(ADMIRALTY, TRUSTED, MEAN)) {
            assertEquals(policy.line(weights), policy.line(array, weights.size()), 0.0,
                "line of " + weights);
            assertEquals(policy.combine(weights), policy.combine(array, weights.size()), 0.0,
                "combine of " + weights);
          }
        });
  }

  @Test
  void arrayForm_refusesACountOutsideTheArray() {
    double[] two = Doubles.toArray(List.of(0.2, 0.4));
    for (WeightPolicy policy : List.of(ADMIRALTY, TRUSTED, MEAN)) {
      assertThrows(IndexOutOfBoundsException.class, () -> policy.line(two, 3));
      assertThrows(IndexOutOfBoundsException.class, () -> policy.combine(two, -1));
    }
  }
}
