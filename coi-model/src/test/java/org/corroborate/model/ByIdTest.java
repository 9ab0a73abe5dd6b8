package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Elements found by id through a table built when first looked up: the same answers whenever the
 * table is built and whichever thread builds it; a table for one pass is not kept.
 */
final class ByIdTest {

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("id-%05d", i));
    }
    return ids;
  }

  @Test
  void aTableForOnePass_isNotKept_untilALookupBuildsTheKeptOne() {
    List<String> ids = ids(100);
    ById<String> byId = new ById<>(ids, Function.identity());
    IdPositions<String> first = byId.passingPositions();
    IdPositions<String> second = byId.passingPositions();
    assertNotSame(first, second, "before any lookup, each pass makes its own table");
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, first.positionOf(ids.get(i)));
    }
    assertEquals(42, byId.positionOf("id-00042"));
    assertSame(byId.passingPositions(), byId.passingPositions(),
        "once a lookup built the table, a pass reads the kept one");
    assertNull(byId.get("absent"));
    assertEquals(-1, byId.positionOf("absent"));
  }

  @Test
  void threadsRacingToTheFirstLookup_allFindEveryElement() throws Exception {
    List<String> ids = ids(5_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        ById<String> byId = new ById<>(ids, Function.identity());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> wrong = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int offset = t;
          wrong.add(pool.submit(() -> {
            start.await();
            int misses = 0;
            for (int i = offset; i < ids.size(); i += 8) {
              misses += byId.positionOf(ids.get(i)) == i && byId.get(ids.get(i)) == ids.get(i)
                  ? 0 : 1;
            }
            return misses;
          }));
        }
        start.countDown();
        for (Future<Integer> f : wrong) {
          assertEquals(0, f.get(), "round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
