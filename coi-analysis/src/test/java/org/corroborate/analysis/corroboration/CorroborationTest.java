package org.corroborate.analysis.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/** A corroboration holds the parts of its kind of proposition only, on the reference excerpt. */
final class CorroborationTest {

  private static Corroboration with(Corroboration c, ImmutableList<EvidenceLine> supporting,
      ImmutableList<EvidenceLine> opposing, ImmutableList<ValueCamp> values) {
    return new Corroboration(c.proposition(), c.verdict(), supporting, opposing, c.absence(),
        values, c.uncertain(), c.overlapping(), c.support(), c.opposition(), c.absenceWeight(),
        c.weight(), c.conflict());
  }

  @Test
  void theKindOfProposition_decidesWhichPartsItMayHold() {
    AnalysisReport r = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());
    Corroboration yesNo = r.corroborations().stream()
        .filter(c -> !c.proposition().asksForValue() && !c.supporting().isEmpty())
        .findFirst().orElseThrow();
    Corroboration value = r.corroborations().stream()
        .filter(c -> c.proposition().asksForValue() && !c.values().isEmpty())
        .findFirst().orElseThrow();
    assertEquals(yesNo, with(yesNo, yesNo.supporting(), yesNo.opposing(), yesNo.values()),
        "what the analysis makes is accepted as it is");
    assertEquals(value, with(value, value.supporting(), value.opposing(), value.values()));
    assertThrows(IllegalArgumentException.class,
        () -> with(yesNo, yesNo.supporting(), yesNo.opposing(), value.values()),
        "value camps on a yes/no proposition");
    assertThrows(IllegalArgumentException.class,
        () -> with(value, yesNo.supporting(), ImmutableList.of(), value.values()),
        "supporting lines on a proposition asking for a value");
    assertThrows(IllegalArgumentException.class,
        () -> with(value, ImmutableList.of(), yesNo.supporting(), value.values()),
        "opposing lines on a proposition asking for a value");
    Optional<Conflict> conflict = Optional.of(new Conflict(yesNo.supporting(), yesNo.support(),
        yesNo.supporting(), yesNo.support()));
    assertThrows(IllegalArgumentException.class, () -> new Corroboration(value.proposition(),
        value.verdict(), ImmutableList.of(), ImmutableList.of(), value.absence(), value.values(),
        value.uncertain(), value.overlapping(), value.support(), value.opposition(),
        value.absenceWeight(), value.weight(), conflict), "a conflict of lines on a value");
  }
}
