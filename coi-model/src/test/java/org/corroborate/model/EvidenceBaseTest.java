package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The integrity rules and lookups of {@link EvidenceBase}, with data from the DIS/SMA report
 * "Russia – Conscription" (January 2025). Each rule test adds one fault to a valid evidence base.
 */
final class EvidenceBaseTest {

  private static final List<Source> SOURCES =
      List.of(
          Source.of("huseyn-aliyev", "Huseyn Aliyev", SourceKind.ACADEMIC),
          Source.of("irina-novik", "Irina Novik", SourceKind.JOURNALIST),
          Source.of("pskovskaya-gubernia", "Pskovskaya Gubernia", SourceKind.MEDIA_OUTLET),
          Source.of("mark-galeotti", "Mark Galeotti", SourceKind.ACADEMIC),
          Source.of("dis", "Danish Immigration Service", SourceKind.GOVERNMENT).withAliases("DIS"));

  private static final List<Document> DOCUMENTS =
      List.of(
          Document.minutes("minutes-aliyev", "huseyn-aliyev", "Meeting with Huseyn Aliyev"),
          Document.minutes("minutes-novik", "irina-novik", "Meeting with Irina Novik"),
          Document.written("pskov-article", "pskovskaya-gubernia", "Conscripts in Kursk oblast"),
          Document.report("dis-conscription", "dis", "Russia – Conscription")
              .dated(PartialDate.of(2025, 1)));

  private static final List<Passage> PASSAGES =
      List.of(
          Passage.of("aliyev-82", "minutes-aliyev", Locator.paragraph("82")),
          Passage.of("aliyev-83", "minutes-aliyev", Locator.paragraph("83")),
          Passage.of("novik-14", "minutes-novik", Locator.paragraph("14")),
          Passage.of("pskov-article-whole", "pskov-article", Locator.wholeDocument()),
          Passage.of("report-fn-485", "dis-conscription", Locator.footnote("485")));

  private static final List<Topic> TOPICS =
      List.of(
          Topic.root("recruitment", "Recruitment of conscripts"),
          Topic.within("places-of-posting", "Places of posting", "recruitment"),
          Topic.root("casualties", "Casualties among conscripts"));

  /** A DAG: Crimea lies in Ukraine and in the territory Russia claims, reachable twice from the top. */
  private static final List<Place> PLACES =
      List.of(
          Place.of("eastern-europe", "Eastern Europe"),
          Place.of("ukraine", "Ukraine (internationally recognised)", "eastern-europe"),
          Place.of("russia", "Russia (internationally recognised)", "eastern-europe"),
          Place.of("russia-claimed", "Territory Russia claims", "eastern-europe"),
          Place.of("annexed-2022", "Regions annexed in 2022", "russia-claimed"),
          Place.of("donetsk", "Donetsk oblast", "ukraine", "annexed-2022"),
          Place.of("kherson", "Kherson oblast", "ukraine", "annexed-2022"),
          Place.of("crimea", "Crimea", "ukraine", "russia-claimed"),
          Place.of("kursk", "Kursk oblast", "russia"));

  private static final List<Proposition> PROPOSITIONS =
      List.of(
          posted("donetsk", "Donetsk oblast"),
          posted("kherson", "Kherson oblast"),
          posted("crimea", "Crimea"),
          posted("kursk", "Kursk oblast"),
          Proposition.of("killed-kursk", "casualties", "Number of conscripts killed in Kursk oblast")
              .about("conscripts", "killed-in")
              .at("kursk")
              .during(TimeSpan.since(PartialDate.of(2024, 8)))
              .measuredIn("person"));

  private static final List<Assertion> ASSERTIONS =
      List.of(
          Assertion.noEvidenceOf("aliyev-donetsk", "huseyn-aliyev", "posted-donetsk", "aliyev-82"),
          Assertion.affirms("aliyev-crimea", "huseyn-aliyev", "posted-crimea", "aliyev-82", "aliyev-83"),
          Assertion.affirms("novik-kherson", "irina-novik", "posted-kherson", "novik-14"),
          Assertion.affirms("novik-kursk", "irina-novik", "posted-kursk", "novik-14"),
          Assertion.value("pskov-killed-kursk", "pskovskaya-gubernia", "killed-kursk",
              Quantity.atLeast(13, "person"), "pskov-article-whole"),
          Assertion.affirms("dis-kursk", "dis", "posted-kursk", "report-fn-485")
              .basedOn(Basis.reportedBy("pskovskaya-gubernia").citing("pskov-article")));

  private static final List<PropositionRelation> RELATIONS =
      List.of(PropositionRelation.contradicts("posted-kursk", "posted-donetsk", "different example"));

  private static Proposition posted(String place, String name) {
    return Proposition.of("posted-" + place, "places-of-posting", "Conscripts are posted in " + name)
        .about("conscripts", "posted-in")
        .at(place);
  }

  private static EvidenceBase.Builder valid() {
    return EvidenceBase.builder()
        .addSources(SOURCES)
        .addDocuments(DOCUMENTS)
        .addPassages(PASSAGES)
        .addTopics(TOPICS)
        .addPlaces(PLACES)
        .addPropositions(PROPOSITIONS)
        .addAssertions(ASSERTIONS)
        .addRelations(RELATIONS);
  }

  private static final EvidenceBase BASE = valid().build();

  private static List<Problem> problems(EvidenceBase.Builder builder) {
    return assertThrows(EvidenceBaseException.class, builder::build,
        "the evidence base should be rejected").problems();
  }

  /** Asserts that building gives exactly one problem, with these parts. */
  private static Problem assertOnlyProblem(
      EvidenceBase.Builder builder, ProblemKind kind, String element, String id, String field) {
    List<Problem> found = problems(builder);
    assertEquals(1, found.size(), () -> "exactly one problem was expected, found " + found);
    Problem p = found.get(0);
    assertEquals(List.of(kind, element, id, field), List.of(p.kind(), p.element(), p.id(), p.field()),
        () -> "the problem should be " + kind + " on " + element + " '" + id + "' (" + field + "): " + p);
    assertFalse(p.message().isBlank(), "every problem explains itself");
    return p;
  }

  private static List<String> ids(List<Assertion> assertions) {
    return assertions.stream().map(Assertion::id).toList();
  }

  // ------------------------------------------------------------------------ the valid base

  @Test
  void build_acceptsTheValidExample() {
    assertEquals(6, BASE.assertions().size(), "every assertion of the example is held");
  }

  // ------------------------------------------------------------------------------ DUPLICATE_ID

  @Test
  void build_rejectsTwoSourcesWithOneId() {
    assertOnlyProblem(
        valid().addSource(Source.of("huseyn-aliyev", "Huseyn Aliyev (second entry)", SourceKind.ACADEMIC)),
        ProblemKind.DUPLICATE_ID, "source", "huseyn-aliyev", "id");
  }

  @Test
  void build_rejectsTwoAssertionsWithOneId() {
    assertOnlyProblem(
        valid().addAssertion(Assertion.affirms("novik-kursk", "irina-novik", "posted-crimea", "novik-14")),
        ProblemKind.DUPLICATE_ID, "assertion", "novik-kursk", "id");
  }

  // ------------------------------------------------------------------------- UNKNOWN_REFERENCE

  @Test
  void build_rejectsDocumentOfUnknownSource() {
    Problem p = assertOnlyProblem(
        valid().addDocument(Document.written("meduza-article", "meduza", "Conscripts in Kursk")),
        ProblemKind.UNKNOWN_REFERENCE, "document", "meduza-article", "source");
    assertTrue(p.message().contains("'meduza'"), "the message names the unknown id: " + p.message());
  }

  @Test
  void build_rejectsPassageOfUnknownDocument() {
    assertOnlyProblem(
        valid().addPassage(Passage.of("aliyev-90", "minutes-aliev", Locator.paragraph("90"))),
        ProblemKind.UNKNOWN_REFERENCE, "passage", "aliyev-90", "document");
  }

  @Test
  void build_rejectsTopicWithUnknownParent() {
    assertOnlyProblem(
        valid().addTopic(Topic.within("deaths-kursk", "Deaths in Kursk oblast", "deaths")),
        ProblemKind.UNKNOWN_REFERENCE, "topic", "deaths-kursk", "parent");
  }

  @Test
  void build_rejectsPlaceWithUnknownParent() {
    assertOnlyProblem(
        valid().addPlace(Place.of("belgorod", "Belgorod oblast", "russia", "border-regions")),
        ProblemKind.UNKNOWN_REFERENCE, "place", "belgorod", "parents");
  }

  @Test
  void build_rejectsPropositionWithUnknownTopic() {
    assertOnlyProblem(
        valid().addProposition(Proposition.of("posted-belgorod", "posting", "Conscripts are posted in Belgorod")),
        ProblemKind.UNKNOWN_REFERENCE, "proposition", "posted-belgorod", "topic");
  }

  @Test
  void build_rejectsPropositionWithUnknownPlace() {
    assertOnlyProblem(
        valid().addProposition(posted("zaporizhzhia", "Zaporizhzhia oblast")),
        ProblemKind.UNKNOWN_REFERENCE, "proposition", "posted-zaporizhzhia", "place");
  }

  @Test
  void build_rejectsAssertionByUnknownSource() {
    assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("galeotti-kursk", "mark-galeoti", "posted-kursk", "pskov-article-whole")),
        ProblemKind.UNKNOWN_REFERENCE, "assertion", "galeotti-kursk", "source");
  }

  @Test
  void build_rejectsAssertionOnUnknownProposition() {
    assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("aliyev-belgorod", "huseyn-aliyev", "posted-belgorod", "aliyev-83")),
        ProblemKind.UNKNOWN_REFERENCE, "assertion", "aliyev-belgorod", "proposition");
  }

  @Test
  void build_rejectsAssertionCitingUnknownPassage() {
    assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("aliyev-kherson", "huseyn-aliyev", "posted-kherson", "aliyev-82", "aliyev-99")),
        ProblemKind.UNKNOWN_REFERENCE, "assertion", "aliyev-kherson", "passages[1]");
  }

  @Test
  void build_rejectsAssertionReportedByUnknownSource() {
    assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("novik-crimea", "irina-novik", "posted-crimea", "novik-14")
                .basedOn(Basis.reportedBy("bbc-news-russian"))),
        ProblemKind.UNKNOWN_REFERENCE, "assertion", "novik-crimea", "basis.reportedBy");
  }

  @Test
  void build_rejectsAssertionRestingOnUnknownDocument() {
    assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("novik-crimea", "irina-novik", "posted-crimea", "novik-14")
                .basedOn(Basis.of(BasisKind.DOCUMENTARY).citing("mobilisation-decree"))),
        ProblemKind.UNKNOWN_REFERENCE, "assertion", "novik-crimea", "basis.document");
  }

  @Test
  void build_rejectsRelationFromUnknownProposition() {
    assertOnlyProblem(
        valid().addRelation(PropositionRelation.entails("posted-belgorod", "posted-kursk", "neighbours")),
        ProblemKind.UNKNOWN_REFERENCE, "relation", "posted-belgorod->posted-kursk", "from");
  }

  @Test
  void build_rejectsRelationToUnknownProposition() {
    assertOnlyProblem(
        valid().addRelation(PropositionRelation.entails("posted-kursk", "posted-russia", "Kursk is in Russia")),
        ProblemKind.UNKNOWN_REFERENCE, "relation", "posted-kursk->posted-russia", "to");
  }

  // ------------------------------------------------------------------------------------ CYCLE

  @Test
  void build_rejectsTopicsNestedInACycle() {
    Problem p = assertOnlyProblem(
        valid()
            .addTopic(Topic.within("mobilisation", "Mobilisation", "conscription"))
            .addTopic(Topic.within("conscription", "Conscription", "mobilisation")),
        ProblemKind.CYCLE, "topic", "conscription", "parent");
    assertTrue(p.message().contains("conscription -> mobilisation -> conscription"),
        "the message shows the cycle from its smallest id: " + p.message());
  }

  @Test
  void build_rejectsPlacesContainingOneAnotherInACycle() {
    Problem p = assertOnlyProblem(
        valid()
            .addPlace(Place.of("kherson-city", "Kherson city", "south-ukraine"))
            .addPlace(Place.of("south-ukraine", "Southern Ukraine", "novorossiya"))
            .addPlace(Place.of("novorossiya", "Novorossiya", "south-ukraine", "russia-claimed")),
        ProblemKind.CYCLE, "place", "novorossiya", "parents");
    assertTrue(p.message().contains("novorossiya -> south-ukraine -> novorossiya"),
        "the message shows the cycle only, not the place that leads into it: " + p.message());
  }

  @Test
  void build_rejectsSourcesRelayingOneAnotherOnAProposition() {
    Problem p = assertOnlyProblem(
        valid()
            .addAssertion(Assertion.affirms("novik-relays-pskov", "irina-novik", "posted-crimea", "novik-14")
                .basedOn(Basis.reportedBy("pskovskaya-gubernia")))
            .addAssertion(Assertion.affirms("pskov-relays-novik", "pskovskaya-gubernia", "posted-crimea",
                    "pskov-article-whole")
                .basedOn(Basis.reportedBy("irina-novik"))),
        ProblemKind.CYCLE, "proposition", "posted-crimea", "");
    assertTrue(p.message().contains("novik-relays-pskov") && p.message().contains("pskov-relays-novik"),
        "the message names the assertions that relay one another: " + p.message());
  }

  @Test
  void build_acceptsSourcesRelayingOneAnotherOnDifferentPropositions() {
    EvidenceBase e = valid()
        .addAssertion(Assertion.affirms("novik-relays-pskov", "irina-novik", "posted-crimea", "novik-14")
            .basedOn(Basis.reportedBy("pskovskaya-gubernia")))
        .addAssertion(Assertion.affirms("pskov-relays-novik", "pskovskaya-gubernia", "posted-kherson",
                "pskov-article-whole")
            .basedOn(Basis.reportedBy("irina-novik")))
        .build();
    assertEquals(8, e.assertions().size(), "relaying in both directions on two questions is no cycle");
  }

  @Test
  void build_acceptsAReportedByChainWithoutCycle() {
    EvidenceBase e = valid()
        .addAssertion(Assertion.affirms("novik-relays-pskov", "irina-novik", "posted-kursk", "novik-14")
            .basedOn(Basis.reportedBy("pskovskaya-gubernia")))
        .addAssertion(Assertion.affirms("galeotti-relays-novik", "mark-galeotti", "posted-kursk",
                "report-fn-485")
            .basedOn(Basis.reportedBy("irina-novik")))
        .build();
    assertEquals(4, e.assertionsAbout("posted-kursk").size(),
        "galeotti -> novik -> pskov and dis -> pskov form a chain, not a cycle");
  }

  // --------------------------------------------------------------------------- VALUE_MISMATCH

  @Test
  void build_rejectsValueOnAPropositionWithoutUnit() {
    assertOnlyProblem(
        valid().addAssertion(Assertion.value("novik-crimea-count", "irina-novik", "posted-crimea",
            Quantity.moreThan(1000, "person"), "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-crimea-count", "value");
  }

  @Test
  void build_rejectsValueInAnotherUnit() {
    Problem p = assertOnlyProblem(
        valid().addAssertion(Assertion.value("novik-killed-kursk", "irina-novik", "killed-kursk",
            Quantity.between(40, 50, "percent"), "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-killed-kursk", "value");
    assertTrue(p.message().contains("'percent'") && p.message().contains("'person'"),
        "the message names both units: " + p.message());
  }

  @Test
  void build_rejectsAffirmingANumericPropositionWithoutValue() {
    assertOnlyProblem(
        valid().addAssertion(Assertion.affirms("novik-killed-kursk", "irina-novik", "killed-kursk", "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-killed-kursk", "stance");
  }

  /** "Places where Irina Novik says conscripts are posted", asked as one categorical question. */
  private static final Proposition POSTING_PLACES =
      Proposition.of("posting-places", "places-of-posting", "The places conscripts are posted to")
          .about("conscripts", "posted-in")
          .asCategorical();

  @Test
  void build_acceptsCategoryAnswersAndUncertaintyOnACategoricalProposition() {
    EvidenceBase e = valid()
        .addProposition(POSTING_PLACES)
        .addAssertion(Assertion.answers("novik-places", "irina-novik", "posting-places",
            Category.of("Kursk oblast", "Crimea"), "novik-14"))
        .addAssertion(Assertion.uncertain("aliyev-places", "huseyn-aliyev", "posting-places", "aliyev-82"))
        .build();
    assertEquals(Optional.of(Category.of("crimea", "kursk oblast")),
        e.assertion("novik-places").orElseThrow().category(), "the answer, normalised");
  }

  @Test
  void build_rejectsACategoryOnAPropositionThatIsNotCategorical() {
    Problem p = assertOnlyProblem(
        valid().addAssertion(Assertion.answers("novik-places", "irina-novik", "posted-kursk",
            Category.of("Kursk oblast"), "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-places", "category");
    assertTrue(p.message().contains("{kursk oblast}"), "names the category: " + p.message());
  }

  @Test
  void build_rejectsAffirmingACategoricalPropositionWithoutACategory() {
    assertOnlyProblem(
        valid().addProposition(POSTING_PLACES)
            .addAssertion(Assertion.affirms("novik-places", "irina-novik", "posting-places", "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-places", "stance");
  }

  @Test
  void build_rejectsAValueOnACategoricalProposition() {
    assertOnlyProblem(
        valid().addProposition(POSTING_PLACES)
            .addAssertion(Assertion.value("novik-places", "irina-novik", "posting-places",
                Quantity.atLeast(2, "place"), "novik-14")),
        ProblemKind.VALUE_MISMATCH, "assertion", "novik-places", "value");
  }

  @Test
  void build_acceptsUncertainOnANumericProposition() {
    EvidenceBase e = valid()
        .addAssertion(Assertion.uncertain("galeotti-killed-kursk", "mark-galeotti", "killed-kursk",
            "report-fn-485"))
        .build();
    assertEquals(2, e.assertionsAbout("killed-kursk").size(), "'does not know how many' is a valid position");
  }

  // ----------------------------------------------------------------- PASSAGE_OF_ANOTHER_SOURCE

  @Test
  void build_rejectsAssertionCitingMinutesOfAMeetingWithAnotherSource() {
    Problem p = assertOnlyProblem(
        valid().addAssertion(
            Assertion.affirms("novik-crimea", "irina-novik", "posted-crimea", "novik-14", "aliyev-82")),
        ProblemKind.PASSAGE_OF_ANOTHER_SOURCE, "assertion", "novik-crimea", "passages[1]");
    assertTrue(p.message().contains("huseyn-aliyev"), "the message names whose minutes: " + p.message());
  }

  @Test
  void build_acceptsAssertionCitingAReportParagraphOfAnotherPublisher() {
    EvidenceBase e = valid()
        .addAssertion(Assertion.affirms("galeotti-crimea", "mark-galeotti", "posted-crimea", "report-fn-485"))
        .build();
    assertTrue(e.assertion("galeotti-crimea").isPresent(),
        "only minutes belong to one source; a report cites many");
  }

  // ------------------------------------------------------------------------- DUPLICATE_LOCATOR

  @Test
  void build_rejectsTwoPassagesWithOneLocatorInADocument() {
    Problem p = assertOnlyProblem(
        valid().addPassage(Passage.of("aliyev-82-again", "minutes-aliyev", Locator.paragraph("82"))),
        ProblemKind.DUPLICATE_LOCATOR, "passage", "aliyev-82-again", "locator");
    assertTrue(p.message().contains("aliyev-82") && p.message().contains("¶82"),
        "the message names the passages and the locator: " + p.message());
  }

  @Test
  void build_acceptsTheSameParagraphNumberAsASecondOccurrence() {
    EvidenceBase e = valid()
        .addPassage(Passage.of("aliyev-82-second", "minutes-aliyev", Locator.paragraph("82", 2)))
        .build();
    assertEquals(3, e.passagesOf("minutes-aliyev").size(), "¶82 (2) is another passage than ¶82");
  }

  @Test
  void build_acceptsTheSameLocatorInAnotherDocument() {
    EvidenceBase e = valid()
        .addPassage(Passage.of("novik-82", "minutes-novik", Locator.paragraph("82")))
        .build();
    assertTrue(e.passage("novik-82").isPresent(), "paragraph 82 of two minutes are two passages");
  }

  // --------------------------------------------------------------------------- AMBIGUOUS_ALIAS

  @Test
  void build_rejectsAnAliasThatIsAnotherSourcesName() {
    Problem p = assertOnlyProblem(
        valid()
            .addSource(Source.of("novaya-gazeta", "Novaya Gazeta", SourceKind.MEDIA_OUTLET))
            .addSource(Source.of("novaya-gazeta-europe", "Novaya Gazeta Europe", SourceKind.MEDIA_OUTLET)
                .withAliases("NOVAYA  gazeta")),
        ProblemKind.AMBIGUOUS_ALIAS, "source", "novaya-gazeta-europe", "aliases");
    assertTrue(p.message().contains("novaya-gazeta") && p.message().contains("novaya gazeta"),
        "the message names the shared name and the sources: " + p.message());
  }

  @Test
  void build_rejectsNamesThatOnlyLookDifferent_aCyrillicLetterOrAnInvisibleCharacter() {
    Problem cyrillic = assertOnlyProblem(
        valid()
            .addSource(Source.of("novaya-gazeta-europe", "Novaya Gazeta Europe", SourceKind.MEDIA_OUTLET))
            .addSource(Source.of("novaya-gazeta-copy", "Novaya G\u0430zeta Europe", SourceKind.MEDIA_OUTLET)),
        ProblemKind.AMBIGUOUS_ALIAS, "source", "novaya-gazeta-europe", "aliases");
    assertTrue(cyrillic.message().contains("⟨U+0430⟩"), "the message shows the look-alike: " + cyrillic.message());
    assertOnlyProblem(
        valid().addSource(Source.of("aliyev-wide", "Ｈｕｓｅｙｎ Aliyev", SourceKind.ACADEMIC)),
        ProblemKind.AMBIGUOUS_ALIAS, "source", "huseyn-aliyev", "aliases");
    assertOnlyProblem(
        valid().addSource(Source.of("aliyev-soft", "Husey\u00adn Aliyev", SourceKind.ACADEMIC)),
        ProblemKind.AMBIGUOUS_ALIAS, "source", "huseyn-aliyev", "aliases");
  }

  // ---------------------------------------------------------- CONFLICTING_RELATIONS, DUPLICATE

  @Test
  void build_rejectsPropositionsThatBothEntailAndContradict() {
    assertOnlyProblem(
        valid()
            .addRelation(PropositionRelation.entails("posted-kherson", "posted-donetsk", "same front"))
            .addRelation(PropositionRelation.contradicts("posted-kherson", "posted-donetsk", "one posting")),
        ProblemKind.CONFLICTING_RELATIONS, "relation", "posted-donetsk->posted-kherson", "");
  }

  @Test
  void build_rejectsAContradictionBetweenTheEndsOfAChainOfEntailments() {
    // Kherson ⇒ the annexed regions ⇒ Ukraine, yet Kherson is declared to contradict Ukraine
    Problem p = assertOnlyProblem(
        valid()
            .addProposition(posted("annexed-2022", "the regions annexed in 2022"))
            .addProposition(posted("ukraine", "Ukraine"))
            .addRelation(PropositionRelation.entails("posted-kherson", "posted-annexed-2022", "part of"))
            .addRelation(PropositionRelation.entails("posted-annexed-2022", "posted-ukraine", "part of"))
            .addRelation(PropositionRelation.contradicts("posted-kherson", "posted-ukraine", "mistaken")),
        ProblemKind.CONFLICTING_RELATIONS, "relation", "posted-kherson->posted-ukraine", "");
    assertTrue(p.message().contains("posted-kherson => posted-annexed-2022 => posted-ukraine"),
        "the message shows the chain: " + p.message());
  }

  @Test
  void build_rejectsAContradictionBetweenTwoConsequencesOfOneProposition() {
    Problem p = assertOnlyProblem(
        valid()
            .addProposition(posted("annexed-2022", "the regions annexed in 2022"))
            .addRelation(PropositionRelation.entails("posted-annexed-2022", "posted-kherson", "all of them"))
            .addRelation(PropositionRelation.entails("posted-annexed-2022", "posted-donetsk", "all of them"))
            .addRelation(PropositionRelation.contradicts("posted-kherson", "posted-donetsk", "one posting")),
        ProblemKind.CONFLICTING_RELATIONS, "relation", "posted-donetsk->posted-kherson", "");
    assertTrue(p.message().contains("'posted-annexed-2022' entails both"), p.message());
  }

  @Test
  void build_acceptsAContradictionBetweenPropositionsNothingEntailsBothOf() {
    EvidenceBase e = valid()
        .addProposition(posted("annexed-2022", "the regions annexed in 2022"))
        .addRelation(PropositionRelation.entails("posted-kherson", "posted-annexed-2022", "part of"))
        .addRelation(PropositionRelation.entails("posted-donetsk", "posted-annexed-2022", "part of"))
        .addRelation(PropositionRelation.contradicts("posted-kherson", "posted-donetsk", "one posting"))
        .build();
    assertEquals(RELATIONS.size() + 3, e.relations().size());
  }

  @Test
  void build_reportsACycleOncePerComponent_withItsSizeAndAShortExcerpt() {
    // 2,000 places, each containing the next, every second one also inside the first: one component
    List<Place> places = new java.util.ArrayList<>();
    int n = 2000;
    for (int i = 0; i < n; i++) {
      List<String> parents = new java.util.ArrayList<>();
      if (i > 0) {
        parents.add("chain-" + (i - 1));
      } else {
        for (int j = 1; j < n; j += 2) {
          parents.add("chain-" + j);
        }
      }
      places.add(Place.of("chain-" + i, "Place " + i, parents.toArray(String[]::new)));
    }
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class,
        () -> valid().addPlaces(places).build());
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem p = e.problems().get(0);
    assertEquals(ProblemKind.CYCLE, p.kind());
    assertTrue(p.message().contains("(" + n + " places are in it)"), p.message());
    assertTrue(p.message().length() < 400, "a bounded excerpt: " + p.message().length());
  }

  @Test
  void problemMessage_listsAHundredProblemsThenCountsTheRest() {
    List<Assertion> orphans = new java.util.ArrayList<>();
    for (int i = 0; i < 250; i++) {
      orphans.add(Assertion.affirms("orphan-" + i, "nobody", "posted-kherson", "aliyev-82"));
    }
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class,
        () -> valid().addAssertions(orphans).build());
    assertTrue(e.problems().size() >= 250, "every problem is kept: " + e.problems().size());
    assertEquals(EvidenceBaseException.MAX_LISTED, e.getMessage().split("\n  - ", -1).length - 1);
    assertTrue(e.getMessage().endsWith("… and " + (e.problems().size() - EvidenceBaseException.MAX_LISTED)
        + " more"), e.getMessage().substring(e.getMessage().length() - 60));
  }

  @Test
  void containment_ofADeepGazetteerIsComputedForWhatIsAsked() {
    int n = 50_000;
    EvidenceBase.Builder b = valid();
    b.addPlace(Place.of("deep-0", "Deep 0", "russia"));
    for (int i = 1; i < n; i++) {
      b.addPlace(Place.of("deep-" + i, "Deep " + i, "deep-" + (i - 1)));
    }
    EvidenceBase e = b.build();
    assertTrue(e.encloses("russia", "deep-" + (n - 1)));
    assertFalse(e.encloses("ukraine", "deep-" + (n - 1)));
    assertEquals(n + 1, e.placesContaining("deep-" + (n - 1)).size(), "the chain, Russia and Eastern Europe");
    assertEquals(n - 1, e.placesWithin("deep-0").size());
  }

  @Test
  void build_rejectsARelationDeclaredTwice() {
    assertOnlyProblem(
        valid().addRelation(
            PropositionRelation.contradicts("posted-donetsk", "posted-kursk", "stated the other way round")),
        ProblemKind.DUPLICATE_RELATION, "relation", "posted-donetsk->posted-kursk", "");
  }

  @Test
  void build_acceptsEntailmentInBothDirections() {
    EvidenceBase e = valid()
        .addRelation(PropositionRelation.entails("posted-kherson", "posted-donetsk", "one front"))
        .addRelation(PropositionRelation.entails("posted-donetsk", "posted-kherson", "one front"))
        .build();
    assertEquals(3, e.relations().size(), "mutual entailment is equivalence, not a duplicate");
  }

  // ------------------------------------------------------------------------ all problems at once

  @Test
  void build_reportsEveryProblemAtOnce() {
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class,
        () -> valid()
            .addSource(Source.of("irina-novik", "Irina Novik again", SourceKind.JOURNALIST))
            .addPassage(Passage.of("aliyev-90", "minutes-aliev", Locator.paragraph("90")))
            .addAssertion(Assertion.affirms("galeotti-kursk", "mark-galeoti", "posted-kursk", "report-fn-485"))
            .addAssertion(Assertion.affirms("novik-killed-kursk", "irina-novik", "killed-kursk", "novik-14"))
            .build());
    Set<ProblemKind> kinds = e.problems().stream().map(Problem::kind).collect(Collectors.toSet());
    assertEquals(Set.of(ProblemKind.DUPLICATE_ID, ProblemKind.UNKNOWN_REFERENCE, ProblemKind.VALUE_MISMATCH),
        kinds, "every kind of problem is reported: " + e.problems());
    assertEquals(4, e.problems().size(), "all four problems are listed, not just the first: " + e.problems());
    assertTrue(e.getMessage().startsWith("4 problems"), "the message counts them: " + e.getMessage());
  }

  @Test
  void build_listsProblemsInStableOrder() {
    EvidenceBaseException e = assertThrows(EvidenceBaseException.class,
        () -> valid()
            .addPassage(Passage.of("aliyev-90", "minutes-aliev", Locator.paragraph("90")))
            .addAssertion(Assertion.affirms("galeotti-kursk", "mark-galeoti", "posted-kursk", "report-fn-485"))
            .build());
    assertEquals(List.of("assertion", "passage"),
        e.problems().stream().map(Problem::element).toList(), "problems are sorted by element kind, then id");
  }

  // ----------------------------------------------------------------------------------- lookups

  @Test
  void assertionsAbout_listsAssertionsOnAPropositionById() {
    assertEquals(List.of("dis-kursk", "novik-kursk"), ids(BASE.assertionsAbout("posted-kursk")),
        "both assertions on posting in Kursk, in id order");
  }

  @Test
  void assertionsBy_listsASourcesAssertionsById() {
    assertEquals(List.of("aliyev-crimea", "aliyev-donetsk"), ids(BASE.assertionsBy("huseyn-aliyev")),
        "Aliyev's two assertions, in id order");
  }

  @Test
  void assertionsBy_isEmptyForASourceThatSaysNothing() {
    assertEquals(List.of(), BASE.assertionsBy("mark-galeotti"), "a known source with no assertion");
  }

  @Test
  void assertionsAt_isExactlyThePlace() {
    assertEquals(List.of("aliyev-crimea"), ids(BASE.assertionsAt("crimea")), "only the Crimea proposition");
    assertEquals(List.of(), BASE.assertionsAt("ukraine"), "no proposition is scoped to Ukraine itself");
  }

  @Test
  void assertionsWithin_includesPlacesInside() {
    assertEquals(List.of("aliyev-crimea", "aliyev-donetsk", "novik-kherson"), ids(BASE.assertionsWithin("ukraine")),
        "Donetsk, Kherson and Crimea lie in Ukraine");
    assertEquals(List.of("aliyev-crimea", "aliyev-donetsk", "novik-kherson"),
        ids(BASE.assertionsWithin("russia-claimed")),
        "Crimea directly, Donetsk and Kherson through the regions annexed in 2022");
  }

  @Test
  void assertionsWithin_listsAPlaceReachedTwiceOnlyOnce() {
    assertEquals(
        List.of("aliyev-crimea", "aliyev-donetsk", "dis-kursk", "novik-kherson", "novik-kursk",
            "pskov-killed-kursk"),
        ids(BASE.assertionsWithin("eastern-europe")),
        "Crimea is inside Eastern Europe by two paths, and its assertion is listed once");
  }

  @Test
  void placesContaining_followsEveryParent() {
    assertEquals(List.of("eastern-europe", "russia-claimed", "ukraine"),
        BASE.placesContaining("crimea").asList(), "Crimea has two parents and one grandparent");
    assertEquals(List.of(), BASE.placesContaining("eastern-europe").asList(), "a top-level place");
  }

  @Test
  void placesWithin_followsEveryChild() {
    assertEquals(List.of("annexed-2022", "crimea", "donetsk", "kherson"),
        BASE.placesWithin("russia-claimed").asList(), "children and grandchildren, not the place itself");
  }

  @Test
  void encloses_isReflexiveAndTransitive() {
    assertTrue(BASE.encloses("crimea", "crimea"), "a place encloses itself");
    assertTrue(BASE.encloses("russia-claimed", "donetsk"), "through the regions annexed in 2022");
    assertFalse(BASE.encloses("russia", "crimea"), "the internationally recognised Russia does not");
    assertFalse(BASE.encloses("crimea", "ukraine"), "containment is not symmetric");
  }

  @Test
  void topicPath_runsFromTheRootToTheTopic() {
    assertEquals(List.of("recruitment", "places-of-posting"),
        BASE.topicPath("places-of-posting").stream().map(Topic::id).toList(), "root first");
  }

  @Test
  void passagesOf_listsADocumentsPassagesById() {
    assertEquals(List.of("aliyev-82", "aliyev-83"),
        BASE.passagesOf("minutes-aliyev").stream().map(Passage::id).toList(), "paragraphs 82 and 83");
  }

  @Test
  void lookups_rejectUnknownIds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BASE.assertionsAbout("posted-zaporizhzhia"), "a misspelt id fails loudly");
    assertTrue(e.getMessage().contains("posted-zaporizhzhia"), "the message names the id: " + e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BASE.assertionsBy("mark-galeoti"), "source");
    assertThrows(IllegalArgumentException.class, () -> BASE.assertionsAt("zaporizhzhia"), "place");
    assertThrows(IllegalArgumentException.class, () -> BASE.assertionsWithin("zaporizhzhia"), "place");
    assertThrows(IllegalArgumentException.class, () -> BASE.placesContaining("zaporizhzhia"), "place");
    assertThrows(IllegalArgumentException.class, () -> BASE.placesWithin("zaporizhzhia"), "place");
    assertThrows(IllegalArgumentException.class, () -> BASE.topicPath("deaths"), "topic");
    assertThrows(IllegalArgumentException.class, () -> BASE.passagesOf("minutes-galeotti"), "document");
  }

  @Test
  void encloses_rejectsAnUnknownPlaceOnEitherSide() {
    assertThrows(IllegalArgumentException.class, () -> BASE.encloses("zaporizhzhia", "crimea"), "outer");
    assertThrows(IllegalArgumentException.class, () -> BASE.encloses("ukraine", "zaporizhzhia"), "inner");
    assertThrows(IllegalArgumentException.class, () -> BASE.encloses("zaporizhzhia", "zaporizhzhia"),
        "an unknown place does not enclose itself");
  }

  @Test
  void elementLookups_answerEmptyForAnUnknownId() {
    assertEquals(Optional.empty(), BASE.source("mark-galeoti"), "get-by-id answers empty rather than throwing");
    assertEquals(Optional.of("Mark Galeotti"), BASE.source("mark-galeotti").map(Source::name), "a known id");
  }

  // ----------------------------------------------------------------- order, copies and equality

  @Test
  void sources_areSortedByIdWhateverTheInsertionOrder() {
    EvidenceBase reversed = EvidenceBase.builder()
        .addSources(Lists.reverse(SOURCES))
        .addDocuments(Lists.reverse(DOCUMENTS))
        .addPassages(Lists.reverse(PASSAGES))
        .addTopics(Lists.reverse(TOPICS))
        .addPlaces(Lists.reverse(PLACES))
        .addPropositions(Lists.reverse(PROPOSITIONS))
        .addAssertions(Lists.reverse(ASSERTIONS))
        .addRelations(Lists.reverse(RELATIONS))
        .build();
    assertEquals(List.of("dis", "huseyn-aliyev", "irina-novik", "mark-galeotti", "pskovskaya-gubernia"),
        reversed.sources().stream().map(Source::id).toList(), "sources in id order");
    assertEquals(BASE, reversed, "the insertion order makes no difference");
  }

  @Test
  void toBuilder_rebuildsAnEqualEvidenceBase() {
    EvidenceBase copy = BASE.toBuilder().build();
    assertEquals(BASE, copy, "everything is copied");
    assertEquals(BASE.relations(), copy.relations(), "relations included");
  }

  @Test
  void toBuilder_derivesALargerEvidenceBaseLeavingTheOriginal() {
    EvidenceBase larger = BASE.toBuilder()
        .addAssertion(Assertion.affirms("galeotti-crimea", "mark-galeotti", "posted-crimea", "report-fn-485"))
        .build();
    assertEquals(7, larger.assertions().size(), "the new one has the added assertion");
    assertEquals(6, BASE.assertions().size(), "the original is unchanged");
    assertNotEquals(BASE, larger, "and they differ");
  }

  @Test
  void equals_holdsForSeparatelyBuiltEqualContent() {
    EvidenceBase again = valid().build();
    assertEquals(BASE, again, "same content, equal");
    assertEquals(BASE.hashCode(), again.hashCode(), "equal bases hash alike");
  }

  @Test
  void equals_failsWhenOneAssertionDiffers() {
    EvidenceBase hedged = BASE.toBuilder().build();
    List<Assertion> changed = BASE.assertions().stream()
        .map(a -> a.id().equals("novik-kursk") ? a.hedged(Hedge.PROBABLE) : a)
        .toList();
    EvidenceBase other = EvidenceBase.builder()
        .addSources(BASE.sources()).addDocuments(BASE.documents()).addPassages(BASE.passages())
        .addTopics(BASE.topics()).addPlaces(BASE.places()).addPropositions(BASE.propositions())
        .addAssertions(changed).addRelations(BASE.relations())
        .build();
    assertEquals(BASE, hedged, "an unchanged copy is equal");
    assertNotEquals(BASE, other, "a different hedge on one assertion makes the bases differ");
  }

  @Test
  void empty_holdsNothing() {
    EvidenceBase empty = EvidenceBase.empty();
    assertEquals(ImmutableList.of(), empty.sources(), "no sources");
    assertEquals(ImmutableList.of(), empty.assertions(), "no assertions");
    assertEquals(EvidenceBase.builder().build(), empty, "equal to an empty build");
  }
}
