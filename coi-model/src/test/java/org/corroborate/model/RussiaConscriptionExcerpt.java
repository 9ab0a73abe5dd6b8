package org.corroborate.model;

import java.util.List;

/**
 * The real statements behind section 6.2–6.3 of DIS/SMA, <i>Russia – Conscription</i> (January
 * 2025), modelled from the cited minutes in Annex 2, not from the report's summary of them: who
 * says conscripts are posted in which annexed region, and the Kursk death figures. Quotes are short
 * quotations with source reference (DIS/SMA, Russia – Conscription, January 2025, Annex 2, the
 * paragraph named by each passage). Shared with the tests of other modules.
 */
public final class RussiaConscriptionExcerpt {

  private RussiaConscriptionExcerpt() {}

  private static final PartialDate KURSK_INCURSION = PartialDate.of(2024, 8, 6);
  private static final PartialDate FULL_SCALE_INVASION = PartialDate.of(2022, 2, 24);
  /** The mission's interviews took place in November 2024 (report, Introduction). */
  private static final PartialDate MISSION = PartialDate.of(2024, 11);

  private static final List<String> ANNEXED_2022 = List.of("donetsk", "luhansk", "kherson", "zaporizhzhia");

  /** The excerpt as a valid evidence base. */
  public static EvidenceBase evidenceBase() {
    EvidenceBase.Builder b = EvidenceBase.builder()
        .addTopic(Topic.root("tasks", "Tasks performed by conscripts"))
        .addTopic(Topic.within("war-effort", "Tasks related to the war effort in Ukraine", "tasks"))
        .addTopic(Topic.within("kursk", "Conscripts in the Kursk region", "war-effort"))
        .addPlace(Place.of("russia", "Russia"))
        .addPlace(Place.of("ukraine", "Ukraine (internationally recognised)"))
        .addPlace(Place.of("territory-russia-claims", "Territory Russia claims"))
        .addPlace(Place.of("crimea", "Crimea", "ukraine", "territory-russia-claims"))
        .addPlace(Place.of("annexed-2022", "Regions annexed by Russia in 2022", "ukraine", "territory-russia-claims"))
        .addPlace(Place.of("donetsk", "Donetsk oblast", "annexed-2022"))
        .addPlace(Place.of("luhansk", "Luhansk oblast", "annexed-2022"))
        .addPlace(Place.of("kherson", "Kherson oblast", "annexed-2022"))
        .addPlace(Place.of("zaporizhzhia", "Zaporizhzhia oblast", "annexed-2022"))
        .addPlace(Place.of("kursk", "Kursk oblast", "russia"))
        .addPlace(Place.of("belgorod", "Belgorod oblast", "russia"))
        .addSource(Source.of("pskovskaya-gubernia", "Pskovskaya Gubernia", SourceKind.MEDIA_OUTLET)
            .describedAs("An independent Russian regional media from the Pskov region"))
        .addSource(Source.of("huseyn-aliyev", "Huseyn Aliyev", SourceKind.ACADEMIC)
            .describedAs("Senior Lecturer in Security Studies at University of Glasgow"))
        .addSource(Source.of("irina-novik", "Irina Novik", SourceKind.JOURNALIST)
            .withAliases("Journalist Irina Novik"))
        .addSource(Source.of("mark-galeotti", "Mark Galeotti", SourceKind.ACADEMIC))
        .addSource(Source.of("verstka", "Verstka", SourceKind.MEDIA_OUTLET))
        .addSource(Source.of("bbc-news", "BBC News", SourceKind.MEDIA_OUTLET).withAliases("BBC"));
    for (String[] minutes : new String[][] {
        {"pskovskaya-gubernia", "Meeting with Pskovskaya Gubernia"},
        {"huseyn-aliyev", "Meeting with Huseyn Aliyev"},
        {"irina-novik", "Meeting with Irina Novik, Russian Journalist"},
        {"mark-galeotti", "Meeting with Mark Galeotti"}}) {
      b.addDocument(Document.minutes("minutes-" + minutes[0], minutes[0], minutes[1])
          .dated(MISSION));
    }
    b.addDocument(Document.written("verstka-2024-11-14", "verstka",
            "Как минимум 13 российских срочников погибли в Курской области после прорыва ВСУ")
        .dated(PartialDate.of(2024, 11, 14)));
    b.addDocument(Document.written("bbc-2024-08-09", "bbc-news",
            "Их там есть. Как российские срочники умирают на войне России с Украиной")
        .dated(PartialDate.of(2024, 8, 9)));
    b.addPassage(Passage.of("pskovskaya-gubernia-7", "minutes-pskovskaya-gubernia", Locator.paragraph("7")));
    b.addPassage(Passage.of("huseyn-aliyev-74", "minutes-huseyn-aliyev", Locator.paragraph("74")));
    b.addPassage(Passage.of("huseyn-aliyev-82", "minutes-huseyn-aliyev", Locator.paragraph("82")));
    b.addPassage(Passage.of("irina-novik-13", "minutes-irina-novik", Locator.paragraph("13")));
    b.addPassage(Passage.of("irina-novik-17", "minutes-irina-novik", Locator.paragraph("17")));
    b.addPassage(Passage.of("irina-novik-18", "minutes-irina-novik", Locator.paragraph("18")));
    b.addPassage(Passage.of("mark-galeotti-39", "minutes-mark-galeotti", Locator.paragraph("39")));
    b.addPassage(Passage.of("bbc-2024-08-09-whole", "bbc-2024-08-09", Locator.wholeDocument()));

    for (String place : List.of("crimea", "donetsk", "luhansk", "kherson", "zaporizhzhia", "kursk",
        "belgorod", "annexed-2022", "territory-russia-claims")) {
      b.addProposition(Proposition.of("posted-in-" + place, "war-effort",
              "Conscripts are posted in " + place)
          .about("conscripts", "posted-in").at(place));
    }
    b.addProposition(Proposition.of("killed-in-kursk", "kursk",
            "Number of conscripts killed in Kursk oblast since the incursion began")
        .about("conscripts", "killed-in").at("kursk").during(TimeSpan.since(KURSK_INCURSION))
        .measuredIn("person"));
    b.addProposition(Proposition.of("killed-in-war", "war-effort",
            "Number of conscripts confirmed dead since the full-scale invasion")
        .about("conscripts", "killed-in").during(TimeSpan.since(FULL_SCALE_INVASION))
        .measuredIn("person"));

    String pskov = "They can be sent to border areas to Ukraine such as Kursk and Belgorod, but not"
        + " into the Ukrainian regions of Luhansk, Donetsk, Kherson or Zaporizhzhia.";
    for (String place : ANNEXED_2022) {
      b.addAssertion(Assertion.denies("pskov-7-" + place, "pskovskaya-gubernia", "posted-in-" + place,
          "pskovskaya-gubernia-7").quoting(pskov));
    }
    for (String place : List.of("kursk", "belgorod")) {
      b.addAssertion(Assertion.affirms("pskov-7-" + place, "pskovskaya-gubernia", "posted-in-" + place,
          "pskovskaya-gubernia-7").quoting(pskov));
    }
    for (String place : List.of("crimea", "donetsk", "luhansk", "kherson", "zaporizhzhia")) {
      b.addAssertion(Assertion.affirms("aliyev-82-" + place, "huseyn-aliyev", "posted-in-" + place,
              "huseyn-aliyev-82")
          .basedOn(Basis.of(BasisKind.ASSESSMENT))
          .quoting("They serve in Crimea and they also serve in the four annexed regions: Kherson,"
              + " Zaporizhzhia, Donetsk and Luhansk."));
    }
    for (String place : List.of("donetsk", "luhansk", "crimea")) {
      b.addAssertion(Assertion.affirms("novik-18-" + place, "irina-novik", "posted-in-" + place,
              "irina-novik-18")
          .hedged(Hedge.POSSIBLE)
          .quoting("conscripts could also be posted into Ukraine proper, which means in the regions"
              + " of Donetsk, Luhansk and Crimea."));
    }
    for (String place : List.of("zaporizhzhia", "kherson")) {
      b.addAssertion(Assertion.noEvidenceOf("novik-18-" + place, "irina-novik", "posted-in-" + place,
              "irina-novik-18")
          .quoting("The source had not heard of conscripts being posted in Zaporizhzhia or Kherson"
              + " regions."));
    }
    b.addAssertion(Assertion.noEvidenceOf("galeotti-39", "mark-galeotti", "posted-in-territory-russia-claims",
            "mark-galeotti-39")
        .quoting("At this point in time, there is no evidence to suggest that conscripts are being"
            + " used in the annexed territories."));

    b.addAssertion(Assertion.value("aliyev-74-killed", "huseyn-aliyev", "killed-in-kursk",
            Quantity.moreThan(1000, "person"), "huseyn-aliyev-74")
        .hedged(Hedge.PROBABLE)
        .basedOn(Basis.of(BasisKind.ESTIMATE))
        .quoting("probably over a thousand conscripts lost their lives since the start of the Kursk"
            + " incursion"));
    b.addAssertion(Assertion.value("novik-17-killed", "irina-novik", "killed-in-kursk",
            Quantity.atLeast(13, "person"), "irina-novik-17")
        .basedOn(Basis.reportedBy("verstka").citing("verstka-2024-11-14"))
        .asOf(TimeSpan.at(PartialDate.of(2024, 11, 14)))
        .quoting("At least 13 Russian conscripts killed in Kursk region."));
    b.addAssertion(Assertion.value("bbc-killed", "bbc-news", "killed-in-war",
            Quantity.atLeast(159, "person"), "bbc-2024-08-09-whole")
        .basedOn(Basis.of(BasisKind.DOCUMENTARY))
        .asOf(TimeSpan.at(PartialDate.of(2024, 8, 9))));
    b.addAssertion(Assertion.value("novik-13-killed", "irina-novik", "killed-in-war",
            Quantity.atLeast(159, "person"), "irina-novik-13")
        .basedOn(Basis.reportedBy("bbc-news").citing("bbc-2024-08-09"))
        .asOf(TimeSpan.at(PartialDate.of(2024, 8, 9)))
        .quoting("At least 159 Russian conscripts have died during the Russian invasion of Ukraine."));
    return b.build();
  }
}
