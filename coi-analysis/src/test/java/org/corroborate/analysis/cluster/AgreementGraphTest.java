package org.corroborate.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.junit.jupiter.api.Test;

/** Which pairs of sources agree or disagree, on hand-built cases. */
final class AgreementGraphTest {

  @Test
  void affirmationsOfDifferentDistricts_areNoAgreement_thoughBothSupportTheRegion() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b")
        .posted("donetsk").posted("kherson").posted("annexed")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kherson", "b-1")).build()).agreement();
    assertTrue(g.pairs().isEmpty(), "they share no proposition either speaks to: " + g.pairs());
    assertEquals(List.of("a", "b"), List.copyOf(g.sources()), "both still take sides");
  }

  @Test
  void aDirectStatementAboutTheRegion_agreesWithADerivedOne() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b")
        .posted("donetsk").posted("annexed")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-annexed", "b-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "b", 1, 0)), g.pairs());
  }

  @Test
  void opposingSides_disagree_andWeighNegatively() {
    AgreementGraph g = Analysis.of(Corpus.withSources("a", "b").posted("kursk")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build()).agreement();
    assertEquals(List.of(new SourcePair("a", "b", 0, 1)), g.pairs());
    assertEquals(-1.0, g.graph().getEdgeWeight(g.graph().getEdge("a", "b")));
  }
}
