package org.corroborate.analysis.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value found once, however many threads ask at the same time. */
final class OnceTest {

  @Test
  void manyThreadsAskingAtOnce_findTheValueOnce_andAllReadTheSame() throws Exception {
    AtomicInteger found = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    for (int round = 0; round < 50; round++) {
      Once<String> once = Once.found(() -> {
        found.incrementAndGet();
        return new String("reason");
      });
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> answers = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          answers.add(pool.submit(() -> {
            start.await();
            return once.get();
          }));
        }
        start.countDown();
        String first = answers.get(0).get();
        for (Future<String> answer : answers) {
          assertSame(first, answer.get(), "every thread reads the one value found");
        }
      } finally {
        pool.shutdown();
      }
    }
    assertEquals(50, found.get(), "one finding per value, whatever the threads");
  }

  @Test
  void aValueKnown_isGivenAsItIs_andNullIsRefused() {
    assertEquals("known", Once.of("known").get());
    assertThrows(NullPointerException.class, () -> Once.of(null));
    assertThrows(NullPointerException.class, () -> Once.found(() -> null).get());
  }
}
