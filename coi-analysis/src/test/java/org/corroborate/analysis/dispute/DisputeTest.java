package org.corroborate.analysis.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Test;

/** A dispute's reason is put in words once, on request, and a dispute keeps a value's equality. */
final class DisputeTest {

  private static Dispute found() {
    return Analysis.of(Corpus.withSources("a", "b")
        .proposition(Proposition.of("killed", "t", "Conscripts killed in Kursk").measuredIn("person"))
        .says(Assertion.value("a1", "a", "killed", Quantity.atMost(100, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.moreThan(1000, "person"), "b-1"))
        .build()).disputes().get(0);
  }

  @Test
  void described_putsTheReasonInWordsOnce_whateverTheThreadsAsking() throws Exception {
    Dispute d = found();
    AtomicInteger written = new AtomicInteger();
    Dispute lazy = Dispute.described(d.id(), d.proposition(), d.camps(), d.weight(), () -> {
      written.incrementAndGet();
      return d.reason();
    });
    assertEquals(0, written.get(), "nothing is written before the reason is asked for");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> asked = pool.invokeAll(
          java.util.Collections.nCopies(16, lazy::reason));
      for (Future<String> f : asked) {
        assertEquals(d.reason(), f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, written.get(), "the reason is written once and kept");
  }

  @Test
  void equality_comparesEveryPart_theReasonIncluded() {
    Dispute d = found();
    Dispute same = new Dispute(d.id(), d.proposition(), d.camps(), d.weight(), d.reason());
    assertEquals(d, same);
    assertEquals(d.hashCode(), same.hashCode());
    assertEquals(d.toString(), same.toString());
    Dispute other = new Dispute(d.id(), d.proposition(), d.camps(), d.weight(), "another reason");
    assertEquals(false, d.equals(other), "a different reason makes a different dispute");
    assertEquals(false, d.equals(d.standingFor(List.of("q1"), List.of())),
        "covering another proposition makes a different dispute");
  }

  @Test
  void construction_rejectsOneCamp_aWeightOutOfRange_andUnsortedIds() {
    Dispute d = found();
    assertThrows(IllegalArgumentException.class, () ->
        new Dispute(d.id(), d.proposition(), d.camps().subList(0, 1), d.weight(), "r"));
    assertThrows(IllegalArgumentException.class, () ->
        new Dispute(d.id(), d.proposition(), d.camps(), 1.5, "r"));
    assertThrows(IllegalArgumentException.class, () ->
        d.standingFor(List.of("b", "a", "a"), List.of()));
  }
}
