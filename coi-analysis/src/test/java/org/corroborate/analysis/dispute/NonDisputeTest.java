package org.corroborate.analysis.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** A near-miss's reason is put in words once, on request; a near-miss keeps a value's equality. */
final class NonDisputeTest {

  private static NonDispute found() {
    return Analysis.of(Corpus.withSources("a", "b")
        .proposition(Proposition.of("killed", "t", "Conscripts killed in Kursk").measuredIn("person"))
        .says(Assertion.value("a1", "a", "killed", Quantity.atLeast(13, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.between(20, 40, "person"), "b-1"))
        .build()).nonDisputes().get(0);
  }

  @Test
  void described_putsTheReasonInWordsOnce_onRequest() {
    NonDispute n = found();
    AtomicInteger written = new AtomicInteger();
    NonDispute lazy = NonDispute.described(n.proposition(), n.kind(), () -> {
      written.incrementAndGet();
      return n.reason();
    }, n.bearings());
    assertEquals(0, written.get(), "nothing is written before the reason is asked for");
    assertEquals(n.reason(), lazy.reason());
    assertEquals(n.reason(), lazy.reason());
    assertEquals(1, written.get(), "the reason is written once and kept");
    assertEquals(n, lazy, "a near-miss written on request equals one written at once");
  }

  @Test
  void described_findsTheBearingsOnce_onRequest_andRefusesNoneWhenRead() {
    NonDispute n = found();
    AtomicInteger found = new AtomicInteger();
    NonDispute lazy = NonDispute.described(n.proposition(), n.kind(), n::reason, () -> {
      found.incrementAndGet();
      return n.bearings();
    });
    assertEquals(0, found.get(), "the bearings are not gathered before they are asked for");
    assertEquals(n.bearings(), lazy.bearings());
    assertEquals(n, lazy);
    assertEquals(1, found.get(), "the bearings are gathered once and kept");
    NonDispute none = NonDispute.described(n.proposition(), n.kind(), n::reason,
        ImmutableList::<org.corroborate.analysis.scope.Bearing>of);
    assertThrows(IllegalArgumentException.class, none::bearings);
  }

  @Test
  void equality_comparesEveryPart_theReasonIncluded() {
    NonDispute n = found();
    assertEquals(NonDisputeKind.COMPATIBLE_VALUES, n.kind());
    NonDispute same = new NonDispute(n.proposition(), n.kind(), n.reason(), n.bearings());
    assertEquals(n, same);
    assertEquals(n.hashCode(), same.hashCode());
    assertEquals(n.toString(), same.toString());
    assertNotEquals(n, new NonDispute(n.proposition(), n.kind(), "another reason", n.bearings()));
    assertNotEquals(n, new NonDispute(n.proposition(), NonDisputeKind.DISJOINT_TIMES, n.reason(),
        n.bearings()));
  }

  @Test
  void construction_rejectsNoBearings() {
    NonDispute n = found();
    assertThrows(IllegalArgumentException.class,
        () -> new NonDispute(n.proposition(), n.kind(), n.reason(), ImmutableList.of()));
  }

  @Test
  void aTimeDisjointNearMiss_keepsItsFixedReason() {
    NonDispute n = Analysis.of(Corpus.withSources("a", "b")
        .proposition(Proposition.of("killed", "t", "Conscripts killed in Kursk").measuredIn("person"))
        .says(Assertion.value("a1", "a", "killed", Quantity.atMost(10, "person"), "a-1")
            .asOf(TimeSpan.at(PartialDate.of(2022))))
        .says(Assertion.value("b1", "b", "killed", Quantity.atLeast(500, "person"), "b-1")
            .asOf(TimeSpan.at(PartialDate.of(2024))))
        .build()).nonDisputes().get(0);
    assertEquals("the differing values speak for times that do not overlap", n.reason());
  }
}
