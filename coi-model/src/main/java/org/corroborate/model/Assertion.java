package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A source's position on a proposition, traced to the passages where the source takes it.
 *
 * <p>A position is a {@link Stance} (affirms, denies, uncertain), or for a numeric proposition a
 * {@link Quantity} value, or for a categorical proposition a {@link Category}, which the source
 * affirms: an assertion with a value or a category always has the stance {@link Stance#AFFIRMS}. The {@link Hedge} says how firmly: "had not heard of conscripts being
 * posted in Zaporizhzhia" is {@code DENIES} with the hedge {@link Hedge#NO_EVIDENCE_OF}, which is
 * absence of evidence, not a denial.
 *
 * @param id the assertion's slug
 * @param source the id of the source that takes the position
 * @param proposition the id of the proposition
 * @param stance affirms, denies or uncertain; affirms when a value is given
 * @param value for a numeric proposition, the value the source gives
 * @param hedge how firmly the source commits
 * @param basis how the source knows
 * @param credibility the Admiralty credibility of the information, {@link
 *     Credibility#CANNOT_BE_JUDGED} when not graded
 * @param asOf the time the position holds for, when it differs from the document's date
 * @param passages the ids of the passages where the source says it: at least one, distinct
 * @param quote the words that carry the claim, verbatim, when recorded
 * @param category for a categorical proposition, the answer the source gives
 * @param quantifier how general the statement is ("in general", "in some cases", "never"), when
 *     the source says; see {@link Quantifier} for when two quantified statements conflict. A figure
 *     may be quantified too: "usually a fine of 15,000 roubles" is the figure {@link
 *     Quantifier#GENERALLY}, what usually happens, which one case may differ from
 */
public record Assertion(
    String id,
    String source,
    String proposition,
    Stance stance,
    Optional<Quantity> value,
    Hedge hedge,
    Basis basis,
    Credibility credibility,
    Optional<TimeSpan> asOf,
    ImmutableList<String> passages,
    Optional<String> quote,
    Optional<Category> category,
    Optional<Quantifier> quantifier) {

  /** The longest quote accepted, in characters: a quote carries a claim, not a paragraph. */
  public static final int MAX_QUOTE_LENGTH = 1000;

  /** Validates every part; see the parameter descriptions. */
  public Assertion {
    Slug.require(id, "assertion id");
    Slug.require(source, "assertion source");
    Slug.require(proposition, "assertion proposition");
    Objects.requireNonNull(stance, "assertion stance");
    Objects.requireNonNull(value, "assertion value");
    Objects.requireNonNull(hedge, "assertion hedge");
    Objects.requireNonNull(basis, "assertion basis");
    Objects.requireNonNull(credibility, "assertion credibility");
    Objects.requireNonNull(asOf, "assertion asOf");
    Objects.requireNonNull(passages, "assertion passages");
    Objects.requireNonNull(category, "assertion category");
    Objects.requireNonNull(quantifier, "assertion quantifier");
    passages = ImmutableList.copyOf(passages);
    checkArgument(!passages.isEmpty(), "assertion '%s' cites no passage", id);
    checkArgument(
        passages.size() == passages.stream().distinct().count(),
        "assertion '%s' cites a passage twice: %s",
        id,
        passages);
    for (String passage : passages) {
      Slug.require(passage, "assertion passage");
    }
    quote = Wording.optional(quote, "assertion quote");
    quote.ifPresent(
        q ->
            checkArgument(
                q.length() <= MAX_QUOTE_LENGTH,
                "assertion '%s' quote is longer than %s characters",
                id,
                MAX_QUOTE_LENGTH));
    checkArgument(
        value.isEmpty() || stance == Stance.AFFIRMS,
        "assertion '%s' gives a value, so its stance must be AFFIRMS, not %s",
        id,
        stance);
    checkArgument(
        category.isEmpty() || (stance == Stance.AFFIRMS && value.isEmpty()),
        "assertion '%s' gives a category, so its stance must be AFFIRMS, with no value",
        id);
    checkArgument(
        hedge != Hedge.NO_EVIDENCE_OF || (stance == Stance.DENIES && value.isEmpty()),
        "assertion '%s' states absence of evidence, so its stance must be DENIES with no value",
        id);
    checkArgument(
        !basis.reportedBy().equals(Optional.of(source)),
        "assertion '%s' cannot be reported by its own source '%s'",
        id,
        source);
    checkArgument(
        quantifier.isEmpty() || (category.isEmpty()
            && stance != Stance.UNCERTAIN && hedge != Hedge.NO_EVIDENCE_OF),
        "assertion '%s' is quantified, so it must affirm or deny, or give a figure, with no"
            + " category or absence of evidence",
        id);
  }

  /** An assertion without a quantifier. */
  public Assertion(
      String id,
      String source,
      String proposition,
      Stance stance,
      Optional<Quantity> value,
      Hedge hedge,
      Basis basis,
      Credibility credibility,
      Optional<TimeSpan> asOf,
      ImmutableList<String> passages,
      Optional<String> quote,
      Optional<Category> category) {
    this(id, source, proposition, stance, value, hedge, basis, credibility, asOf, passages, quote,
        category, Optional.empty());
  }

  /** An assertion without a category: a stance, or a value for a numeric proposition. */
  public Assertion(
      String id,
      String source,
      String proposition,
      Stance stance,
      Optional<Quantity> value,
      Hedge hedge,
      Basis basis,
      Credibility credibility,
      Optional<TimeSpan> asOf,
      ImmutableList<String> passages,
      Optional<String> quote) {
    this(id, source, proposition, stance, value, hedge, basis, credibility, asOf, passages, quote,
        Optional.empty());
  }

  /** {@code source} affirms {@code proposition}, certainly, basis unstated. */
  public static Assertion affirms(
      String id, String source, String proposition, String... passages) {
    return withStance(id, source, proposition, Stance.AFFIRMS, Hedge.CERTAIN, passages);
  }

  /** {@code source} denies {@code proposition}, certainly, basis unstated. */
  public static Assertion denies(String id, String source, String proposition, String... passages) {
    return withStance(id, source, proposition, Stance.DENIES, Hedge.CERTAIN, passages);
  }

  /** {@code source} says it does not know whether {@code proposition} holds. */
  public static Assertion uncertain(
      String id, String source, String proposition, String... passages) {
    return withStance(id, source, proposition, Stance.UNCERTAIN, Hedge.CERTAIN, passages);
  }

  /** {@code source} knows of no evidence for {@code proposition} ("had not heard of any case"). */
  public static Assertion noEvidenceOf(
      String id, String source, String proposition, String... passages) {
    return withStance(id, source, proposition, Stance.DENIES, Hedge.NO_EVIDENCE_OF, passages);
  }

  /** {@code source} gives {@code value} for the numeric {@code proposition}. */
  public static Assertion value(
      String id, String source, String proposition, Quantity value, String... passages) {
    return new Assertion(
        id, source, proposition, Stance.AFFIRMS, Optional.of(value), Hedge.CERTAIN,
        Basis.unstated(), Credibility.CANNOT_BE_JUDGED, Optional.empty(),
        ImmutableList.copyOf(Arrays.asList(passages)), Optional.empty());
  }

  /** {@code source} gives {@code answer} for the categorical {@code proposition}. */
  public static Assertion answers(
      String id, String source, String proposition, Category answer, String... passages) {
    return new Assertion(
        id, source, proposition, Stance.AFFIRMS, Optional.empty(), Hedge.CERTAIN,
        Basis.unstated(), Credibility.CANNOT_BE_JUDGED, Optional.empty(),
        ImmutableList.copyOf(Arrays.asList(passages)), Optional.empty(), Optional.of(answer));
  }

  private static Assertion withStance(
      String id, String source, String proposition, Stance stance, Hedge hedge, String[] passages) {
    return new Assertion(
        id, source, proposition, stance, Optional.empty(), hedge, Basis.unstated(),
        Credibility.CANNOT_BE_JUDGED, Optional.empty(),
        ImmutableList.copyOf(Arrays.asList(passages)), Optional.empty());
  }

  /** This assertion with the hedge {@code newHedge}. */
  public Assertion hedged(Hedge newHedge) {
    return new Assertion(
        id, source, proposition, stance, value, newHedge, basis, credibility, asOf, passages, quote,
        category, quantifier);
  }

  /** This assertion resting on {@code newBasis}. */
  public Assertion basedOn(Basis newBasis) {
    return new Assertion(
        id, source, proposition, stance, value, hedge, newBasis, credibility, asOf, passages, quote,
        category, quantifier);
  }

  /** This assertion with the Admiralty credibility {@code newCredibility}. */
  public Assertion withCredibility(Credibility newCredibility) {
    return new Assertion(
        id, source, proposition, stance, value, hedge, basis, newCredibility, asOf, passages, quote,
        category, quantifier);
  }

  /** This assertion holding for the time span {@code newAsOf}. */
  public Assertion asOf(TimeSpan newAsOf) {
    return new Assertion(
        id, source, proposition, stance, value, hedge, basis, credibility, Optional.of(newAsOf),
        passages, quote, category, quantifier);
  }

  /** This assertion with the verbatim quote {@code newQuote}. */
  public Assertion quoting(String newQuote) {
    return new Assertion(
        id, source, proposition, stance, value, hedge, basis, credibility, asOf, passages,
        Optional.of(newQuote), category, quantifier);
  }

  /** This assertion quantified {@code newQuantifier}: "in general", "in some cases", "never". */
  public Assertion quantified(Quantifier newQuantifier) {
    return new Assertion(
        id, source, proposition, stance, value, hedge, basis, credibility, asOf, passages, quote,
        category, Optional.of(newQuantifier));
  }

  /** Whether the position is a numeric value. */
  public boolean isValue() {
    return value.isPresent();
  }

  /** Whether the position is a categorical answer. */
  public boolean isCategory() {
    return category.isPresent();
  }
}
