package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ids nearest to a mistyped one. */
final class NearestIdsTest {

  private static final List<String> TOPICS = List.of("awol", "caucasus", "central-database",
      "contracts", "draft-evasion", "electronic-summons", "enforcement", "exemptions", "exit",
      "hazing", "kursk", "posting");

  @Test
  void distance_countsOneEditPerTypo() {
    assertEquals(0, NearestIds.distance("awol", "awol"));
    assertEquals(1, NearestIds.distance("awool", "awol"), "an insertion");
    assertEquals(1, NearestIds.distance("hzaing", "hazing"), "a transposition is one edit");
    assertEquals(3, NearestIds.distance("posts", "posting"), "t for i, s for n, one g added");
    assertEquals(4, NearestIds.distance("", "exit"));
  }

  @Test
  void distance_isSymmetric() {
    assertEquals(NearestIds.distance("kursk", "exit"), NearestIds.distance("exit", "kursk"));
  }

  @Test
  void nearest_threeNearestTiesById() {
    assertEquals(List.of("hazing", "awol", "exit"), NearestIds.nearest("hazng", TOPICS, 3),
        "hazing at 1, awol at 4, then exit first by id of exit, kursk and posting at 5");
  }

  @Test
  void nearest_comparesInLowerCase() {
    assertEquals(List.of("kursk"), NearestIds.nearest("KURSK", TOPICS, 1));
  }

  @Test
  void nearest_fewerIdsThanAsked() {
    assertEquals(List.of("exit", "kursk"), NearestIds.nearest("exi", List.of("kursk", "exit"), 3));
  }
}
