package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What format {@code corroborate/3} adds to the model: unit conversions, former ids of
 * propositions, publication dates, and the stricter text rules.
 */
final class Version3ModelTest {

  private static EvidenceBase.Builder base() {
    return EvidenceBase.builder()
        .addSource(Source.of("ovd-info", "OVD-Info", SourceKind.NGO))
        .addDocument(Document.minutes("minutes-ovd-info", "ovd-info", "Meeting with OVD-Info")
            .dated(PartialDate.of(2024, 11, 12)).publishedOn(PartialDate.of(2025, 1)))
        .addPassage(Passage.of("ovd-info-23", "minutes-ovd-info", Locator.paragraph("23")))
        .addTopic(Topic.root("evasion", "Draft evasion"))
        .addProposition(Proposition.of("fine-for-evasion", "evasion", "Fine for evading conscription")
            .measuredIn("rub").alsoKnownAs("fine-for-evasion-eur"));
  }

  @Test
  void aValueInAnotherCurrency_isAccepted_onlyWithADeclaredConversion() {
    Assertion euros = Assertion.value("ovd-23-eur", "ovd-info", "fine-for-evasion",
        Quantity.exactly(300, "eur"), "ovd-info-23");
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class,
        () -> base().addAssertion(euros).build());
    assertEquals(ProblemKind.VALUE_MISMATCH, e.problems().get(0).kind());
    assertTrue(e.problems().get(0).message().contains("no declared conversion"));
    EvidenceBase converted = base().addAssertion(euros)
        .addConversion(UnitConversion.of("eur", "rub", new BigDecimal("100"), PartialDate.of(2024, 11),
            "ovd-info-23"))
        .build();
    assertEquals(1, converted.conversions().size());
  }

  @Test
  void aConversion_readsBothWays_andThroughTheCurrencyOfACompoundUnit() {
    UnitConversion c = UnitConversion.of("eur", "rub", new BigDecimal("100"),
        PartialDate.of(2024, 11), "p");
    assertEquals(0, new BigDecimal("50000").compareTo(c.convert(new BigDecimal("500"), "eur/month",
        "rub/month")));
    assertEquals(0, new BigDecimal("30").compareTo(c.convert(new BigDecimal("3000"), "rub", "eur")));
    assertTrue(!c.relates("eur/month", "rub/year"));
    assertThrows(IllegalArgumentException.class, () -> c.convert(BigDecimal.ONE, "eur", "usd"));
  }

  @Test
  void theConversionNearestInDate_isUsed() {
    EvidenceBase e = base()
        .addConversion(UnitConversion.of("eur", "rub", new BigDecimal("100"),
            PartialDate.of(2024, 11), "ovd-info-23"))
        .addConversion(new UnitConversion("rub", "eur", new BigDecimal("0.0125"),
            PartialDate.of(2022), Optional.empty(), Optional.of("a yearly mean")))
        .build();
    assertEquals(PartialDate.of(2024, 11),
        e.conversion("eur", "rub", LocalDate.of(2024, 6, 1)).orElseThrow().date());
    assertEquals(PartialDate.of(2022),
        e.conversion("rub", "eur", LocalDate.of(2022, 6, 1)).orElseThrow().date());
    assertEquals(Optional.empty(), e.conversion("eur", "usd", LocalDate.of(2022, 6, 1)));
  }

  @Test
  void twoConversionsOfOnePairAtOneDate_areRejected_andAnUnknownPassage() {
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class, () -> base()
        .addConversion(UnitConversion.of("eur", "rub", new BigDecimal("100"), PartialDate.of(2024),
            "ovd-info-23"))
        .addConversion(UnitConversion.of("rub", "eur", new BigDecimal("0.01"), PartialDate.of(2024),
            "ovd-info-99"))
        .build());
    assertEquals(List.of(ProblemKind.UNKNOWN_REFERENCE, ProblemKind.DUPLICATE_RELATION),
        e.problems().stream().map(Problem::kind).sorted().toList());
  }

  @Test
  void aFormerId_resolvesToTheProposition_andMayNotBeAnotherId() {
    EvidenceBase e = base().build();
    assertEquals("fine-for-evasion", e.resolveProposition("fine-for-evasion-eur").orElseThrow().id());
    assertEquals(Optional.empty(), e.proposition("fine-for-evasion-eur"));
    EvidenceBaseException clash = assertThrows(EvidenceBaseException.class, () -> base()
        .addProposition(Proposition.of("fine-for-evasion-eur", "evasion", "Fine in euros"))
        .build());
    assertEquals(ProblemKind.DUPLICATE_ID, clash.problems().get(0).kind());
  }

  @Test
  void minutes_areAvailableFromTheReportsPublication_notBeforeTheMeeting() {
    Document minutes = base().build().document("minutes-ovd-info").orElseThrow();
    assertEquals(Optional.of(PartialDate.of(2025, 1)), minutes.availableFrom());
    assertEquals(Optional.empty(), Document.minutes("m", "s", "Meeting").availableFrom());
    assertEquals(Optional.of(PartialDate.of(2024)),
        Document.written("w", "s", "Article").dated(PartialDate.of(2024)).availableFrom());
    assertThrows(IllegalArgumentException.class, () -> Document.minutes("m", "s", "Meeting")
        .dated(PartialDate.of(2024, 11)).publishedOn(PartialDate.of(2024, 10)));
  }

  @Test
  void text_rejectsWhatWouldDisplayOtherThanItReads_andIsKeptComposed() {
    for (String bad : List.of("Huseyn \u202eAliyev", "Irina\u200bNovik", "Mediazona\ufeff",
        "Ali\u2066yev", "lone \ud800 surrogate", "lone \udc00 low")) {
      assertThrows(IllegalArgumentException.class, () -> Source.of("s", bad, SourceKind.NGO), bad);
    }
    // Persian needs the zero-width non-joiner; an astral character is a surrogate pair
    Source.of("s", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", SourceKind.NGO);
    Source.of("s", "Emoji \ud83d\ude00", SourceKind.NGO);
    // e + combining acute is stored composed
    assertEquals("Caf\u00e9", Source.of("s", "Cafe\u0301", SourceKind.NGO).name());
  }
}
