package org.corroborate.analysis.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;
import org.junit.jupiter.api.Test;

/** Statements of the excerpt of the DIS/SMA report: what a reader checks of each line. */
class StatementTest {

  private static final EvidenceBase EXCERPT = RussiaConscriptionExcerpt.evidenceBase();

  private static Statement of(String assertion) {
    return Statement.of(EXCERPT.assertion(assertion).orElseThrow(), EXCERPT);
  }

  @Test
  void aRelayedFigureShowsItsQuoteBasisFigureAndOwnTime() {
    Statement s = of("novik-17-killed");
    assertEquals("At least 13 Russian conscripts killed in Kursk region.", s.quote());
    assertEquals(TimeSpan.at(PartialDate.of(2024, 11, 14)), s.time(), "the assertion's own time first");
    assertEquals("Irina Novik (journalist)", s.speaker());
    assertTrue(s.where(EXCERPT).startsWith("minutes of the meeting with Irina Novik, "), s.where(EXCERPT));
    assertTrue(s.where(EXCERPT).endsWith(", ¶17"), s.where(EXCERPT));
    List<String> p = s.particulars(EXCERPT);
    assertEquals("states it as fact", p.get(0));
    assertTrue(p.contains("time: 14 November 2024"), p.toString());
    assertTrue(p.contains("figure: at least 13 people"), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("basis: reported by Verstka (“Как минимум 13")
        && x.endsWith(", 14 November 2024)")), p.toString());
    assertEquals("document=minutes-irina-novik&passage=irina-novik-17", s.fragment());
  }

  @Test
  void withoutATimeOfItsOwnAStatementSpeaksForItsDocumentsDate() {
    Statement s = of("pskov-7-donetsk");
    Document minutes = EXCERPT.document("minutes-pskovskaya-gubernia").orElseThrow();
    assertEquals(TimeSpan.at(minutes.date().orElseThrow()), s.time());
    assertTrue(s.quote().startsWith("They can be sent to border areas"), s.quote());
    assertTrue(s.basis().isEmpty(), "an unstated basis is no basis to show");
  }

  @Test
  void aWrittenSourceWithNoHeldTextHasAnEmptyQuoteAndIsCitedByTitleAndDate() {
    Statement s = of("bbc-killed");
    assertEquals("", s.quote(), "no quote recorded and the article's text is not held");
    assertEquals("“Их там есть. Как российские срочники умирают на войне России с Украиной”, 9 August 2024",
        s.where(EXCERPT));
  }

  @Test
  void withNeitherOwnTimeNorDatedDocumentTheQuestionsTimeCounts_elseAllOfTime() {
    TimeSpan since2022 = TimeSpan.since(PartialDate.of(2022, 2, 24));
    EvidenceBase e = EvidenceBase.builder()
        .addTopic(Topic.root("t", "Topic"))
        .addSource(Source.of("s", "Source S", SourceKind.NGO))
        .addDocument(Document.minutes("minutes-s", "s", "Meeting with Source S"))
        .addPassage(Passage.of("s-1", "minutes-s", Locator.paragraph("1")))
        .addProposition(Proposition.of("p", "t", "Timed question").during(since2022))
        .addProposition(Proposition.of("q", "t", "Timeless question"))
        .addAssertion(Assertion.affirms("a", "s", "p", "s-1"))
        .addAssertion(Assertion.affirms("b", "s", "q", "s-1"))
        .build();
    assertEquals(since2022, Statement.of(e.assertion("a").orElseThrow(), e).time());
    Statement timeless = Statement.of(e.assertion("b").orElseThrow(), e);
    assertEquals(TimeSpan.always(), timeless.time());
    assertTrue(timeless.particulars(e).contains("time: not stated"));
    assertEquals("minutes of the meeting with Source S, ¶1", timeless.where(e));
  }

  @Test
  void statementsComeOnceEachInReadingOrder() {
    List<Assertion> shuffled = List.of("novik-18-donetsk", "aliyev-82-donetsk", "pskov-7-donetsk",
        "aliyev-82-donetsk", "novik-13-killed").stream()
        .map(id -> EXCERPT.assertion(id).orElseThrow()).toList();
    ImmutableList<Statement> statements = Statement.of(shuffled, EXCERPT);
    assertEquals(List.of("aliyev-82-donetsk", "novik-13-killed", "novik-18-donetsk", "pskov-7-donetsk"),
        statements.stream().map(s -> s.assertion().id()).toList(),
        "by source as cited, then paragraph number; the repeat once");
  }

  @Test
  void aStatementIsMadeByItsAssertionsSourceAndWrittenSomewhere() {
    Statement s = of("pskov-7-donetsk");
    Source other = EXCERPT.source("huseyn-aliyev").orElseThrow();
    assertThrows(IllegalArgumentException.class,
        () -> new Statement(s.assertion(), other, s.passages(), s.quote(), s.time()));
    assertThrows(IllegalArgumentException.class, () -> new Statement(s.assertion(), s.source(),
        ImmutableList.<PassageReference>of(), s.quote(), s.time()));
  }
}
