package org.corroborate.analysis.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.corroborate.model.Assertion;
import org.corroborate.model.PartialDate;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** A bearing answers as a record of its six parts would, whatever it keeps them in. */
final class BearingTest {

  private static final Assertion A =
      RussiaConscriptionExcerpt.evidenceBase().assertions().get(0);
  private static final TimeSpan T = TimeSpan.at(PartialDate.of(2024));

  @Test
  void everyDirectionAndReason_comesBackAsGiven_andTheTextIsARecords() {
    for (Direction d : Direction.values()) {
      for (Why w : Why.values()) {
        Optional<String> via = w == Why.DIRECT ? Optional.empty() : Optional.of("other-claim");
        Bearing b = new Bearing(A, "some-claim", d, via, T, w);
        assertEquals(A, b.assertion());
        assertEquals("some-claim", b.proposition());
        assertEquals(d, b.direction());
        assertEquals(via, b.via());
        assertEquals(T, b.time());
        assertEquals(w, b.why());
        assertEquals(w != Why.DIRECT, b.derived());
        assertEquals("Bearing[assertion=" + A + ", proposition=some-claim, direction=" + d
            + ", via=" + via + ", time=" + T + ", why=" + w + "]", b.toString());
      }
    }
  }

  @Test
  void equality_followsEveryPart() {
    Bearing b = new Bearing(A, "p", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT);
    Bearing same = new Bearing(A, "p", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT);
    assertEquals(b, same);
    assertEquals(b.hashCode(), same.hashCode());
    assertNotEquals(b, new Bearing(A, "q", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT));
    assertNotEquals(b, new Bearing(A, "p", Direction.OPPOSES, Optional.empty(), T, Why.DIRECT));
    assertNotEquals(b, new Bearing(A, "p", Direction.SUPPORTS, Optional.of("q"), T,
        Why.ENTAILING));
    assertNotEquals(b, new Bearing(A, "p", Direction.SUPPORTS, Optional.empty(),
        TimeSpan.always(), Why.DIRECT));
    assertNotEquals(b, new Bearing(RussiaConscriptionExcerpt.evidenceBase().assertions().get(1),
        "p", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT));
  }

  @Test
  void construction_rejectsNullParts_aBadId_andAReasonWithoutItsOrigin() {
    assertThrows(NullPointerException.class,
        () -> new Bearing(null, "p", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT));
    assertThrows(NullPointerException.class,
        () -> new Bearing(A, "p", null, Optional.empty(), T, Why.DIRECT));
    assertThrows(NullPointerException.class,
        () -> new Bearing(A, "p", Direction.SUPPORTS, Optional.empty(), T, null));
    assertThrows(IllegalArgumentException.class,
        () -> new Bearing(A, "Not A Slug", Direction.SUPPORTS, Optional.empty(), T, Why.DIRECT));
    assertThrows(IllegalArgumentException.class,
        () -> new Bearing(A, "p", Direction.SUPPORTS, Optional.empty(), T, Why.ENTAILING));
    assertThrows(IllegalArgumentException.class,
        () -> new Bearing(A, "p", Direction.SUPPORTS, Optional.of("q"), T, Why.DIRECT));
  }
}
