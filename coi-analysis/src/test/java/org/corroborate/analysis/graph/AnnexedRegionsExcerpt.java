package org.corroborate.analysis.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;

/**
 * A small evidence base from DIS/SMA, <i>Russia – Conscription</i> (January 2025), Annex 2: three
 * of the sources on whether conscripts are posted in the regions annexed in 2022, and a relayed
 * count of conscripts killed in Kursk oblast. Quotes are short quotations with source reference
 * (DIS/SMA, Russia – Conscription, January 2025, Annex 2, the paragraph named by each passage).
 *
 * <p>Each part is one step that adds one element, so a test can add them in any order.
 */
final class AnnexedRegionsExcerpt {

  private AnnexedRegionsExcerpt() {}

  /** The excerpt, parts added in the order written below. */
  static EvidenceBase build() {
    EvidenceBase.Builder b = EvidenceBase.builder();
    steps().forEach(step -> step.accept(b));
    return b.build();
  }

  /** The excerpt, parts added in an order shuffled with {@code seed}. */
  static EvidenceBase buildShuffled(long seed) {
    List<Consumer<EvidenceBase.Builder>> steps = new ArrayList<>(steps());
    Collections.shuffle(steps, new Random(seed));
    EvidenceBase.Builder b = EvidenceBase.builder();
    steps.forEach(step -> step.accept(b));
    return b.build();
  }

  static List<Consumer<EvidenceBase.Builder>> steps() {
    List<Consumer<EvidenceBase.Builder>> s = new ArrayList<>();
    s.add(b -> b.addTopic(Topic.root("tasks", "Tasks performed by conscripts")));
    s.add(b -> b.addTopic(
        Topic.within("war-effort", "Tasks related to the war effort in Ukraine", "tasks")));
    s.add(b -> b.addTopic(Topic.within("kursk", "Conscripts in the Kursk region", "war-effort")));

    s.add(b -> b.addPlace(Place.of("russia", "Russia")));
    s.add(b -> b.addPlace(Place.of("ukraine", "Ukraine (internationally recognised)")));
    s.add(b -> b.addPlace(Place.of("crimea", "Crimea", "ukraine")));
    s.add(b -> b.addPlace(
        Place.of("annexed-2022", "Regions annexed by Russia in 2022", "ukraine")));
    s.add(b -> b.addPlace(Place.of("donetsk", "Donetsk oblast", "annexed-2022")));
    s.add(b -> b.addPlace(Place.of("kherson", "Kherson oblast", "annexed-2022")));
    s.add(b -> b.addPlace(Place.of("kursk", "Kursk oblast", "russia")));

    s.add(b -> b.addSource(Source.of("huseyn-aliyev", "Huseyn Aliyev", SourceKind.ACADEMIC)));
    s.add(b -> b.addSource(Source.of("irina-novik", "Irina Novik", SourceKind.JOURNALIST)));
    s.add(b -> b.addSource(
        Source.of("pskovskaya-gubernia", "Pskovskaya Gubernia", SourceKind.MEDIA_OUTLET)));
    s.add(b -> b.addSource(Source.of("verstka", "Verstka", SourceKind.MEDIA_OUTLET)));

    s.add(b -> b.addDocument(Document.minutes(
        "minutes-huseyn-aliyev", "huseyn-aliyev", "Meeting with Huseyn Aliyev")));
    s.add(b -> b.addDocument(Document.minutes(
        "minutes-irina-novik", "irina-novik", "Meeting with Irina Novik, Russian Journalist")));
    s.add(b -> b.addDocument(Document.minutes(
        "minutes-pskovskaya-gubernia", "pskovskaya-gubernia", "Meeting with Pskovskaya Gubernia")));
    s.add(b -> b.addDocument(Document.written("verstka-2024-11-14", "verstka",
            "Как минимум 13 российских срочников погибли в Курской области после прорыва ВСУ")
        .dated(PartialDate.of(2024, 11, 14))));

    s.add(b -> b.addPassage(
        Passage.of("huseyn-aliyev-82", "minutes-huseyn-aliyev", Locator.paragraph("82"))));
    s.add(b -> b.addPassage(
        Passage.of("irina-novik-17", "minutes-irina-novik", Locator.paragraph("17"))));
    s.add(b -> b.addPassage(
        Passage.of("irina-novik-18", "minutes-irina-novik", Locator.paragraph("18"))));
    s.add(b -> b.addPassage(Passage.of(
        "pskovskaya-gubernia-7", "minutes-pskovskaya-gubernia", Locator.paragraph("7"))));
    s.add(b -> b.addPassage(
        Passage.of("verstka-2024-11-14-whole", "verstka-2024-11-14", Locator.wholeDocument())));

    for (String place : List.of("crimea", "donetsk", "kherson", "annexed-2022")) {
      s.add(b -> b.addProposition(Proposition.of("posted-in-" + place, "war-effort",
              "Conscripts are posted in " + place)
          .about("conscripts", "posted-in").at(place)));
    }
    s.add(b -> b.addProposition(Proposition.of("kept-out-of-annexed-2022", "war-effort",
        "Conscripts are kept out of the \"new regions\" annexed in 2022")));
    s.add(b -> b.addProposition(Proposition.of("killed-in-kursk", "kursk",
            "Number of conscripts killed in Kursk oblast since the incursion began")
        .about("conscripts", "killed-in").at("kursk")
        .during(TimeSpan.since(PartialDate.of(2024, 8, 6))).measuredIn("person")));

    for (String place : List.of("crimea", "donetsk")) {
      s.add(b -> b.addAssertion(Assertion.affirms("aliyev-82-" + place, "huseyn-aliyev",
              "posted-in-" + place, "huseyn-aliyev-82")
          .basedOn(Basis.of(BasisKind.ASSESSMENT))
          .quoting("They serve in Crimea and they also serve in the four annexed regions: Kherson,"
              + " Zaporizhzhia, Donetsk and Luhansk.")));
    }
    s.add(b -> b.addAssertion(Assertion.affirms("novik-18-donetsk", "irina-novik",
            "posted-in-donetsk", "irina-novik-18")
        .hedged(Hedge.POSSIBLE)
        .quoting("conscripts could also be posted into Ukraine proper, which means in the regions"
            + " of Donetsk, Luhansk and Crimea.")));
    s.add(b -> b.addAssertion(Assertion.noEvidenceOf("novik-18-kherson", "irina-novik",
            "posted-in-kherson", "irina-novik-18")
        .quoting("The source had not heard of conscripts being posted in Zaporizhzhia or Kherson"
            + " regions.")));
    String pskov = "They can be sent to border areas to Ukraine such as Kursk and Belgorod, but not"
        + " into the Ukrainian regions of Luhansk, Donetsk, Kherson or Zaporizhzhia.";
    for (String place : List.of("donetsk", "kherson")) {
      s.add(b -> b.addAssertion(Assertion.denies("pskov-7-" + place, "pskovskaya-gubernia",
          "posted-in-" + place, "pskovskaya-gubernia-7").quoting(pskov)));
    }
    s.add(b -> b.addAssertion(Assertion.value("novik-17-killed", "irina-novik", "killed-in-kursk",
            Quantity.atLeast(13, "person"), "irina-novik-17")
        .basedOn(Basis.reportedBy("verstka").citing("verstka-2024-11-14"))
        .quoting("At least 13 Russian conscripts killed in Kursk region.")));
    s.add(b -> b.addAssertion(Assertion.value("verstka-killed", "verstka", "killed-in-kursk",
            Quantity.atLeast(13, "person"), "verstka-2024-11-14-whole")
        .basedOn(Basis.of(BasisKind.DOCUMENTARY))));

    s.add(b -> b.addRelation(PropositionRelation.entails("posted-in-donetsk",
        "posted-in-annexed-2022", "Donetsk oblast is one of the regions annexed in 2022")));
    s.add(b -> b.addRelation(PropositionRelation.entails("posted-in-kherson",
        "posted-in-annexed-2022", "Kherson oblast is one of the regions annexed in 2022")));
    s.add(b -> b.addRelation(PropositionRelation.contradicts("posted-in-annexed-2022",
        "kept-out-of-annexed-2022", "one denies the other")));
    return s;
  }
}
