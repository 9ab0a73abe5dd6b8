package org.corroborate.analysis.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.Category;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Passage;
import org.corroborate.model.Locator;
import org.corroborate.model.Proposition;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Topic;
import org.junit.jupiter.api.Test;

/** Small problems whose answers are known. */
final class TruthDiscoveryTest {

  /**
   * The methods the shared cases hold for. Investment and PooledInvestment are left out: they keep
   * known copies from outvoting and count relays once, but a reliable minority does not win
   * against sources that are each alone in their false claims, since a sole claimant gets the
   * whole belief of its claim back (FactFinderTest, investment_soleClaimantsCollectTheWholeReturn).
   */
  private static final List<TruthDiscovery> METHODS = List.of(new MajorityVoting(),
      TruthFinder.standard(), CopyAwareAccuracy.standard(),
      CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)),
      LatentCredibility.of(LatentCredibility.Model.SIMPLE),
      LatentCredibility.of(LatentCredibility.Model.GUESS),
      LatentCredibility.of(LatentCredibility.Model.MISTAKE),
      FactFinder.sums());

  @Test
  void paperMethods_areReadByTheirNamesInAnyCase() {
    assertEquals(Optional.of(PaperMethod.ACCU_COPY), PaperMethod.byToken("AccuCopy"));
    assertEquals(Optional.of(PaperMethod.MISTAKE_LCA), PaperMethod.byToken("mistake-lca"));
    assertEquals(Optional.empty(), PaperMethod.byToken("oracle"));
    assertEquals("voting, truthfinder, accu, accucopy, accusim, sums, investment,"
        + " pooled-investment, simple-lca, guess-lca, mistake-lca", PaperMethod.tokens());
    List<String> names = new ArrayList<>();
    for (PaperMethod m : PaperMethod.values()) {
      names.add(m.method().name());
    }
    assertEquals(List.of("Voting", "TruthFinder", "Accu", "AccuCopy", "AccuSim", "Sums",
        "Investment", "PooledInvestment", "SimpleLCA", "GuessLCA", "MistakeLCA"), names);
  }

  @Test
  void voting_majorityWins() {
    TruthEstimate e = new MajorityVoting().discover(TruthProblem.of(List.of(
        Claim.of("q", "a", "s1"), Claim.of("q", "a", "s2"), Claim.of("q", "b", "s3"))));
    assertEquals(Optional.of("a"), e.value("q"), "two sources against one");
    assertEquals(2.0 / 3, e.decisions().get("q").confidence(), 1e-12, "share of the votes");
    assertEquals(0.0, e.trust().get("s3"), "s3's only claim was decided false");
  }

  @Test
  void voting_tieGoesToTheFirstValue() {
    TruthEstimate e = new MajorityVoting().discover(TruthProblem.of(List.of(
        Claim.of("q", "b", "s1"), Claim.of("q", "a", "s2"))));
    assertEquals(Optional.of("a"), e.value("q"), "a tie is broken by string order");
  }

  @Test
  void everyMethod_knownCopiesDoNotOutvoteIndependentSources() {
    List<Claim> claims = List.of(Claim.of("q", "x", "c1"), Claim.of("q", "x", "c2"),
        Claim.of("q", "x", "c3"), Claim.of("q", "y", "i1"), Claim.of("q", "y", "i2"));
    TruthProblem problem = TruthProblem.of(claims)
        .withLines(Map.of("c1", "outlet", "c2", "outlet", "c3", "outlet"));
    for (TruthDiscovery method : METHODS) {
      assertEquals(Optional.of("y"), method.discover(problem).value("q"),
          method.name() + ": three channels of one outlet are one line against two");
    }
  }

  @Test
  void copyAwareAccuracy_copierFoundFromSharedFalseValuesDoesNotOutvote() {
    // Four copies of one source, wrong on twelve objects; nothing says they are related. On the
    // first six, six independent sources outvote them, which shows their false values are shared;
    // on the last six only three independent sources speak. Each independent source is wrong once
    // in its own way.
    List<Claim> claims = new ArrayList<>();
    for (int o = 0; o < 12; o++) {
      int speaking = o < 6 ? 6 : 3;
      for (int i = 0; i < speaking; i++) {
        claims.add(Claim.of("o" + o, o == i ? "error-" + i : "true", "independent-" + i));
      }
      for (int c = 0; c < 4; c++) {
        claims.add(Claim.of("o" + o, "copied-false", "copier-" + c));
      }
    }
    TruthProblem problem = TruthProblem.of(claims);
    assertEquals(Optional.of("copied-false"), new MajorityVoting().discover(problem).value("o8"),
        "voting is outvoted by the copies: the case is a real test");
    TruthEstimate e = CopyAwareAccuracy.standard().discover(problem);
    for (int o = 6; o < 12; o++) {
      assertEquals(Optional.of("true"), e.value("o" + o),
          "o" + o + ": the copiers share six false values, so they count little more than one: "
              + e.decisions().get("o" + o).reason());
    }
    assertTrue(e.converged(), "converged within " + e.iterations() + " rounds");
  }

  @Test
  void trustMethods_reliableMinorityWinsWhenTrustIsEstablishedElsewhere() {
    TruthProblem problem = TruthProblem.of(minorityCase());
    assertEquals(Optional.of("b"), new MajorityVoting().discover(problem).value("q"),
        "voting follows the three");
    for (TruthDiscovery method : METHODS.subList(1, METHODS.size())) {
      TruthEstimate e = method.discover(problem);
      assertEquals(Optional.of("a"), e.value("q"),
          method.name() + ": the two proved right elsewhere outweigh the three proved wrong: "
              + e.decisions().get("q").reason());
      assertTrue(e.trust().get("reliable-1") > e.trust().get("unreliable-0"),
          method.name() + ": trust " + e.trust());
    }
  }

  @Test
  void truthFinder_implicationLetsASubsetSupportItsSuperset() {
    List<Claim> claims = List.of(Claim.of("book", "knuth", "s1"), Claim.of("book", "knuth", "s2"),
        Claim.of("book", "graham|knuth|patashnik", "s3"),
        Claim.of("book", "graham|knuth|patashnik", "s4"),
        Claim.of("book", "graham|knuth|patashnik", "s5"),
        Claim.of("book", "graham", "s6"));
    TruthEstimate e = TruthFinder.standard().discover(
        TruthProblem.of(claims).withImplication(Implication.setOverlap(0.5)));
    DecidedValue d = e.decisions().get("book");
    assertEquals("graham|knuth|patashnik", d.value(), d.reason());
    assertEquals(List.of("s3", "s4", "s5"),
        d.supporters().stream().map(SourceVote::source).toList(), "the explanation names them");
  }

  @Test
  void problem_rejectsAClaimGivenTwice() {
    assertThrows(IllegalArgumentException.class, () -> TruthProblem.of(
        List.of(Claim.of("q", "a", "s"), Claim.of("q", "a", "s"))));
  }

  @Test
  void evidenceClaims_originsAndRelaysAreKnownLines() {
    EvidenceBase.Builder builder = EvidenceBase.builder()
        .addSource(Source.of("outlet", "Outlet", SourceKind.MEDIA_OUTLET))
        .addSource(Source.of("outlet-channel", "Outlet channel", SourceKind.SOCIAL_MEDIA)
            .withOrigin("outlet"))
        .addSource(Source.of("journalist", "Journalist", SourceKind.JOURNALIST))
        .addSource(Source.of("ngo", "NGO", SourceKind.NGO))
        .addSource(Source.of("lawyer", "Lawyer", SourceKind.LAWYER))
        .addTopic(Topic.root("t", "Topic"))
        .addProposition(Proposition.of("q", "t", "A question"));
    for (String s : List.of("outlet", "outlet-channel", "journalist", "ngo", "lawyer")) {
      builder.addDocument(Document.minutes("minutes-" + s, s, "Meeting with " + s))
          .addPassage(Passage.of(s + "-1", "minutes-" + s, Locator.paragraph("1")));
    }
    EvidenceBase evidence = builder
        .addAssertion(Assertion.affirms("a1", "outlet", "q", "outlet-1"))
        .addAssertion(Assertion.affirms("a2", "outlet-channel", "q", "outlet-channel-1"))
        .addAssertion(Assertion.affirms("a3", "journalist", "q", "journalist-1")
            .basedOn(Basis.reportedBy("outlet")))
        .addAssertion(Assertion.denies("a4", "ngo", "q", "ngo-1"))
        .addAssertion(Assertion.denies("a5", "lawyer", "q", "lawyer-1"))
        .addAssertion(Assertion.uncertain("a6", "lawyer", "q", "lawyer-1"))
        .build();
    TruthProblem problem = EvidenceClaims.of(evidence);
    assertEquals(5, problem.claims().size(), "the uncertain stance claims nothing");
    TruthEstimate e = new MajorityVoting().discover(problem);
    assertEquals(Optional.of(EvidenceClaims.DENIES), e.value("q"),
        "the outlet, its channel and its relay are one line against two: "
            + e.decisions().get("q").reason());
  }

  @Test
  void evidenceClaims_categoriesAreValuesAndARelayDoesNotOutvote() {
    EvidenceBase.Builder builder = EvidenceBase.builder()
        .addSource(Source.of("ministry", "Ministry", SourceKind.GOVERNMENT))
        .addSource(Source.of("journalist", "Journalist", SourceKind.JOURNALIST))
        .addSource(Source.of("ngo", "NGO", SourceKind.NGO))
        .addSource(Source.of("lawyer", "Lawyer", SourceKind.LAWYER))
        .addTopic(Topic.root("t", "Topic"))
        .addProposition(Proposition.of("arms", "t",
            "The arms of service in which conscripts serve").asCategorical());
    for (String s : List.of("ministry", "journalist", "ngo", "lawyer")) {
      builder.addDocument(Document.minutes("minutes-" + s, s, "Meeting with " + s))
          .addPassage(Passage.of(s + "-1", "minutes-" + s, Locator.paragraph("1")));
    }
    EvidenceBase evidence = builder
        .addAssertion(Assertion.answers("a1", "ministry", "arms",
            Category.of("Army", "Border Guard"), "ministry-1"))
        .addAssertion(Assertion.answers("a2", "journalist", "arms",
            Category.of("border  guard", "army"), "journalist-1")
            .basedOn(Basis.reportedBy("ministry")))
        .addAssertion(Assertion.answers("a3", "ngo", "arms", Category.of("Navy", "Army"),
            "ngo-1"))
        .addAssertion(Assertion.answers("a4", "lawyer", "arms", Category.of("army", "navy"),
            "lawyer-1"))
        .build();
    TruthProblem problem = EvidenceClaims.of(evidence);
    assertEquals(List.of(Claim.of("arms", "army|border guard", "journalist"),
            Claim.of("arms", "army|border guard", "ministry"),
            Claim.of("arms", "army|navy", "lawyer"), Claim.of("arms", "army|navy", "ngo")),
        problem.claims(), "a category is its members in order; equal categories are one value");
    assertEquals(Optional.of("army|border guard"), new MajorityVoting()
            .discover(TruthProblem.of(problem.claims())).value("arms"),
        "without the relay known, two against two and string order decides: the case is a test");
    for (TruthDiscovery method : METHODS) {
      DecidedValue d = method.discover(problem).decisions().get("arms");
      assertEquals("army|navy", d.value(), method.name() + ": the relay is one line with the"
          + " ministry, two independent lines outvote it: " + d.reason());
      assertEquals(List.of("lawyer", "ngo"),
          d.supporters().stream().map(SourceVote::source).sorted().toList(), method.name());
      assertEquals(List.of("army|border guard"), List.copyOf(d.rivals().keySet()), method.name());
      assertTrue(d.reason().startsWith("2 source(s) in 2 independent line(s) claim 'army|navy'"),
          method.name() + ": " + d.reason());
    }
  }

  @Test
  void categoryValue_escapesTheSeparatorAndTheSetReadsBack() {
    String value = EvidenceClaims.categoryValue(Category.of("a|b", "c\\d", "e"));
    assertEquals("a\\|b|c\\\\d|e", value);
    assertEquals(java.util.Set.of("a|b", "c\\d", "e"), SetValues.members(value));
    assertEquals(1.0 / 5, SetValues.jaccard(value,
        EvidenceClaims.categoryValue(Category.of("a", "b", "e"))), 1e-12,
        "'a|b' is one member, not two: only 'e' is shared, of five members in all");
  }

  @Test
  void accuSim_partialListsLendWeightToTheFullList() {
    // Three stores agree on a wrong list; two give the full list, four give partial lists of it.
    List<Claim> claims = new ArrayList<>();
    for (String s : List.of("w1", "w2", "w3")) {
      claims.add(Claim.of("book", "smith", s));
    }
    claims.add(Claim.of("book", "graham|knuth|patashnik", "f1"));
    claims.add(Claim.of("book", "graham|knuth|patashnik", "f2"));
    claims.add(Claim.of("book", "graham|knuth", "p1"));
    claims.add(Claim.of("book", "graham|knuth", "p2"));
    claims.add(Claim.of("book", "knuth|patashnik", "p3"));
    claims.add(Claim.of("book", "knuth|patashnik", "p4"));
    TruthProblem problem = TruthProblem.of(claims).withSimilarity(ValueSimilarity.jaccard());
    CopyAwareAccuracy.Parameters noCopies = CopyAwareAccuracy.Parameters.paper()
        .detectingCopies(false);
    assertEquals(Optional.of("smith"), CopyAwareAccuracy.with(noCopies).discover(problem)
        .value("book"), "without similarity three beat two: the case is a real test");
    for (TruthDiscovery method : List.of(CopyAwareAccuracy.withSimilarity(),
        CopyAwareAccuracy.with(noCopies.withSimilarity(0.5)))) {
      TruthEstimate e = method.discover(problem);
      DecidedValue d = e.decisions().get("book");
      assertEquals("graham|knuth|patashnik", d.value(), method.name() + ": two full lists and"
          + " four partial ones (Jaccard 2/3 each, ρ = 0.5) outweigh three: " + d.reason());
      assertTrue(d.confidence() > d.rivals().get("smith"), method.name());
    }
    assertEquals(Optional.of("smith"), CopyAwareAccuracy.withSimilarity()
            .discover(TruthProblem.of(claims)).value("book"),
        "without a similarity in the problem AccuSim is AccuCopy");
  }

  /** Six stores list the first author only, four the full list, one a wrong author. */
  private static TruthProblem truncatedLists() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      claims.add(Claim.of("book", "graham", "first-" + i));
    }
    for (int i = 1; i <= 4; i++) {
      claims.add(Claim.of("book", "graham|knuth|patashnik", "full-" + i));
    }
    claims.add(Claim.of("book", "smith", "wrong"));
    return TruthProblem.of(claims).withSupport(ValueSupport.partialList());
  }

  @Test
  void formatAwareVotes_aPartialListSupportsTheFullList() {
    TruthProblem problem = truncatedLists();
    CopyAwareAccuracy.Parameters noCopies =
        CopyAwareAccuracy.Parameters.paper().detectingCopies(false);
    assertEquals(Optional.of("graham"), CopyAwareAccuracy.with(noCopies).discover(problem)
        .value("book"), "without format support six beat four: the case is a real test");
    assertEquals(Optional.of("graham"), TruthFinder.standard()
        .discover(problem.withImplication(Implication.setOverlap(0.5))).value("book"));
    // Accu: C*(full) = C(full) + 0.5 · C(first) = 4 + 3 votes against 6; TruthFinder: σ*(full)
    // = 4τ − 0.5 · 6τ / 6 + 0.5 · 6τ = 6.5τ against σ*(first) = 6τ − 0.5 · 4τ / 6 ≈ 5.67τ.
    for (TruthDiscovery method : List.of(CopyAwareAccuracy.with(noCopies.withFormat(0.5)),
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().withFormat(0.5)),
        TruthFinder.with(TruthFinder.Parameters.paper().withFormat(0.5)))) {
      TruthProblem p = method instanceof TruthFinder
          ? problem.withImplication(Implication.setOverlap(0.5)) : problem;
      DecidedValue d = method.discover(p).decisions().get("book");
      assertEquals("graham|knuth|patashnik", d.value(), method.name() + ": " + d.reason());
      assertTrue(d.confidence() > d.rivals().get("graham"), method.name());
    }
    assertEquals(Optional.of("graham"), CopyAwareAccuracy.with(noCopies.withFormat(0.5))
            .discover(TruthProblem.of(problem.claims())).value("book"),
        "without a support in the problem the format weight changes nothing");
  }

  @Test
  void formatAwareVotes_theFullListDoesNotSupportAPartialOne() {
    // Four stores list the first author, three the full list: the full list lends nothing to the
    // partial one, so the partial one's count is its own and the full list wins with φ = 0.5
    // (3 + 0.5 · 4 = 5 against 4), while with a symmetric lending it would not (4 + 1.5 = 5.5).
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      claims.add(Claim.of("book", "graham", "first-" + i));
    }
    for (int i = 1; i <= 3; i++) {
      claims.add(Claim.of("book", "graham|knuth", "full-" + i));
    }
    TruthProblem problem = TruthProblem.of(claims).withSupport(ValueSupport.partialList());
    TruthEstimate e = CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper()
        .detectingCopies(false).withFormat(0.5)).discover(problem);
    assertEquals(Optional.of("graham|knuth"), e.value("book"), e.decisions().get("book").reason());
    TruthEstimate symmetric = CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper()
        .detectingCopies(false).withFormat(0.5)).discover(TruthProblem.of(claims)
        .withSupport((object, from, to) -> 1.0));
    assertEquals(Optional.of("graham"), symmetric.value("book"),
        "the same weight both ways leaves the majority: the asymmetry is what decides");
  }

  @Test
  void valueSupport_partialListIsAProperSubset() {
    ValueSupport partial = ValueSupport.partialList();
    assertEquals(1.0, partial.between("b", "knuth", "graham|knuth|patashnik"), 0.0);
    assertEquals(1.0, partial.between("b", "graham|knuth", "graham|knuth|patashnik"), 0.0);
    assertEquals(0.0, partial.between("b", "graham|knuth|patashnik", "knuth"), 0.0,
        "a full list does not support a partial one");
    assertEquals(0.0, partial.between("b", "graham|knuth", "knuth|patashnik"), 0.0,
        "overlapping lists, neither inside the other");
    assertEquals(0.0, partial.between("b", "knuth", "smith"), 0.0);
    assertEquals(0.0, partial.between("b", "a\\|b", "a|b"), 0.0,
        "an escaped separator is part of one member");
  }

  @Test
  void formatAwareVotes_rejectASupportOrWeightOutsideTheUnitInterval() {
    TruthProblem problem = TruthProblem.of(List.of(Claim.of("q", "a", "s1"),
        Claim.of("q", "b", "s2"))).withSupport((object, from, to) -> 1.5);
    assertThrows(IllegalArgumentException.class, () -> CopyAwareAccuracy.with(
        CopyAwareAccuracy.Parameters.paper().withFormat(0.5)).discover(problem));
    assertThrows(IllegalArgumentException.class, () -> TruthFinder.with(
        TruthFinder.Parameters.paper().withFormat(0.5)).discover(problem));
    assertThrows(IllegalArgumentException.class,
        () -> CopyAwareAccuracy.Parameters.paper().withFormat(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> TruthFinder.Parameters.paper().withFormat(-0.1));
  }

  @Test
  void valueSimilarity_jaccardAndRelativeCloseness() {
    assertEquals(2.0 / 3, ValueSimilarity.jaccard().between("b", "graham|knuth",
        "graham|knuth|patashnik"), 1e-12);
    assertEquals(0.0, ValueSimilarity.jaccard().between("b", "knuth", "smith"), 1e-12);
    ValueSimilarity close = ValueSimilarity.relativeCloseness();
    assertEquals(0.5, close.between("c", "100", "50"), 1e-12);
    assertEquals(0.5, close.between("c", "50", "100"), 1e-12, "symmetric");
    assertEquals(1 - 1.0 / 741330, close.between("c", "741329", "741330"), 1e-12);
    assertEquals(0.0, close.between("c", "-5", "5"), 1e-12, "opposite signs are unlike");
    assertEquals(1.0, close.between("c", "0", "0.0"), 1e-12, "two zeros");
    assertEquals(0.0, close.between("c", "many", "5"), 1e-12, "a value that is no number");
  }

  @Test
  void accuSim_rejectsASimilarityOutsideTheUnitInterval() {
    TruthProblem problem = TruthProblem.of(List.of(Claim.of("q", "a", "s1"),
        Claim.of("q", "b", "s2"))).withSimilarity((object, a, b) -> 1.5);
    assertThrows(IllegalArgumentException.class,
        () -> CopyAwareAccuracy.withSimilarity().discover(problem));
  }

  @Test
  void parameters_rejectARhoOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class,
        () -> CopyAwareAccuracy.Parameters.paper().withSimilarity(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> CopyAwareAccuracy.Parameters.paper().withSimilarity(-0.1));
  }

  /**
   * Two reliable sources and two witnesses agree on ten objects where three unreliable sources
   * each give a false value of their own; on q the two reliable sources meet the three unreliable
   * ones.
   */
  static List<Claim> minorityCase() {
    List<Claim> claims = new ArrayList<>();
    for (int o = 0; o < 10; o++) {
      for (String s : List.of("reliable-1", "reliable-2", "witness-1", "witness-2")) {
        claims.add(Claim.of("o" + o, "true", s));
      }
      for (int u = 0; u < 3; u++) {
        claims.add(Claim.of("o" + o, "wrong-" + u, "unreliable-" + u));
      }
    }
    claims.add(Claim.of("q", "a", "reliable-1"));
    claims.add(Claim.of("q", "a", "reliable-2"));
    for (int u = 0; u < 3; u++) {
      claims.add(Claim.of("q", "b", "unreliable-" + u));
    }
    return claims;
  }
}
