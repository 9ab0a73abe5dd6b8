package org.corroborate.analysis.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/** A line keeps a lone bearing without a list, and answers as a record of its parts would. */
final class EvidenceLineTest {

  private static List<Bearing> bearings() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    return r.derivation().all().values().stream().limit(3).toList();
  }

  @Test
  void aLoneBearing_andSeveral_readAsTheListGiven() {
    List<Bearing> b = bearings();
    assertEquals(3, b.size(), "the excerpt has bearings");
    EvidenceLine one = new EvidenceLine("origin:a", ImmutableList.of(b.get(0)), 0.5);
    EvidenceLine three = new EvidenceLine("origin:a", ImmutableList.copyOf(b), 0.5);
    assertEquals(List.of(b.get(0)), one.bearings());
    assertEquals(1, one.size());
    assertEquals(b.get(0), one.bearing(0));
    assertThrows(IndexOutOfBoundsException.class, () -> one.bearing(1));
    assertEquals(b, three.bearings());
    assertEquals(3, three.size());
    assertEquals(b.get(2), three.bearing(2));
    assertEquals(ImmutableList.of(b.get(0).source()), one.sources().asList());
    assertTrue(three.sources().containsAll(b.stream().map(Bearing::source).toList()));
  }

  @Test
  void aLineOfOneBearing_madeWithoutAList_isTheLineMadeOfAListOfOne() {
    Bearing b = bearings().get(0);
    EvidenceLine listed = new EvidenceLine("origin:a", ImmutableList.of(b), new int[] {7}, 0.5);
    EvidenceLine lone = new EvidenceLine("origin:a", b, 7, 0.5);
    assertEquals(listed, lone);
    assertEquals(listed.hashCode(), lone.hashCode());
    assertEquals(listed.toString(), lone.toString());
    assertEquals(List.of(b), lone.bearings());
    assertEquals(7, lone.assertionPosition(0));
    assertEquals(-1, new EvidenceLine("origin:a", b, -3, 0.5).assertionPosition(0),
        "an unknown position reads as -1, as in a list of one");
    assertThrows(IllegalArgumentException.class, () -> new EvidenceLine("origin:a", b, 7, 1.5));
    assertThrows(NullPointerException.class, () -> new EvidenceLine("origin:a", null, 7, 0.5));
  }

  @Test
  void equality_andText_followTheParts() {
    List<Bearing> b = bearings();
    EvidenceLine line = new EvidenceLine("origin:a", ImmutableList.of(b.get(0)), 0.5);
    EvidenceLine same = new EvidenceLine("origin:a", ImmutableList.of(b.get(0)), 0.5);
    assertEquals(line, same);
    assertEquals(line.hashCode(), same.hashCode());
    assertEquals("EvidenceLine[id=origin:a, bearings=[" + b.get(0) + "], weight=0.5]",
        line.toString());
    assertNotEquals(line, new EvidenceLine("origin:b", ImmutableList.of(b.get(0)), 0.5));
    assertNotEquals(line, new EvidenceLine("origin:a", ImmutableList.of(b.get(1)), 0.5));
    assertNotEquals(line, new EvidenceLine("origin:a", ImmutableList.of(b.get(0)), 0.6));
    assertNotEquals(line, new EvidenceLine("origin:a", ImmutableList.copyOf(b), 0.5));
  }

  @Test
  void construction_rejectsAnEmptyLine_andAWeightOutsideTheUnitInterval() {
    Bearing b = bearings().get(0);
    assertThrows(IllegalArgumentException.class,
        () -> new EvidenceLine("origin:a", ImmutableList.of(), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> new EvidenceLine("origin:a", ImmutableList.of(b), 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> new EvidenceLine("origin:a", ImmutableList.of(b), Double.NaN));
  }

  @Test
  void assertionPositions_nameEachBearingsAssertion_inLinesTheAnalysisFinds() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    AnalysisReport r = Analysis.of(e);
    int checked = 0;
    for (Corroboration c : r.corroborations()) {
      List<EvidenceLine> lines = new ArrayList<>(c.supporting());
      lines.addAll(c.opposing());
      lines.addAll(c.absence());
      c.values().forEach(v -> lines.addAll(v.lines()));
      for (EvidenceLine line : lines) {
        for (int k = 0; k < line.size(); k++) {
          assertSame(line.bearing(k).assertion(), e.assertions().get(line.assertionPosition(k)),
              "bearing " + k + " of " + line.id() + " on " + c.proposition().id());
          assertEquals(line.assertionPosition(k), line.assertionPosition(k, e),
              "checked against the evidence base, the recorded position stands");
          checked++;
        }
        int size = line.size();
        assertThrows(IndexOutOfBoundsException.class, () -> line.assertionPosition(size));
      }
    }
    assertTrue(checked > 0, "the excerpt has lines");
    List<Bearing> b = bearings();
    EvidenceLine made = new EvidenceLine("origin:a", ImmutableList.copyOf(b), 0.5);
    for (int k = 0; k < b.size(); k++) {
      assertEquals(-1, made.assertionPosition(k), "a line made by hand knows no positions");
      assertEquals(b.get(k).assertion(), e.assertions().get(made.assertionPosition(k, e)),
          "found by id in another copy of the evidence base");
      assertEquals(-1, made.assertionPosition(k, EvidenceBase.empty()), "held nowhere: none");
    }
    assertEquals(-1, new EvidenceLine("origin:a", ImmutableList.of(b.get(0)), 0.5)
        .assertionPosition(0));
  }
}
