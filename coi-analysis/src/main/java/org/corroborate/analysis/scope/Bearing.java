package org.corroborate.analysis.scope;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantifier;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.RelationKind;
import org.corroborate.model.Source;
import org.corroborate.model.Slug;
import org.corroborate.model.TimeSpan;

/**
 * How one assertion bears on one proposition: directly (the assertion is about it) or derived
 * through place or time containment or a declared relation, with the reason in words.
 *
 * <p>Immutable, with the accessors, equality and text of a record of its six parts. Its direction
 * and reason are kept as bytes, so that a bearing takes 32 bytes rather than 40: an analysis of a
 * million assertions holds over a million bearings.
 */
public final class Bearing {

  private static final Direction[] DIRECTIONS = Direction.values();
  private static final Why[] WHYS = Why.values();

  private final Assertion assertion;
  private final String proposition;
  private final Optional<String> via;
  private final TimeSpan time;
  private final byte direction;
  private final byte why;

  /**
   * A bearing; rejects null parts, a non-slug proposition id, and a derived reason without its
   * origin.
   *
   * @param assertion the assertion
   * @param proposition the id of the proposition it bears on
   * @param direction which way it bears
   * @param via for a derived bearing, the id of the proposition the assertion is about; empty
   *     when direct
   * @param time the time the assertion speaks for: its as-of span, else the date of the document
   *     it is cited from, else the time of its proposition, else all of time
   * @param why the kind of reason it bears this way; {@link #reason(EvidenceBase)} puts it in
   *     words
   */
  public Bearing(Assertion assertion, String proposition, Direction direction,
      Optional<String> via, TimeSpan time, Why why) {
    this.assertion = Objects.requireNonNull(assertion, "assertion");
    this.proposition = Slug.require(proposition, "proposition");
    this.direction = (byte) Objects.requireNonNull(direction, "direction").ordinal();
    this.via = Objects.requireNonNull(via, "via");
    this.time = Objects.requireNonNull(time, "time");
    this.why = (byte) Objects.requireNonNull(why, "why").ordinal();
    if ((why == Why.DIRECT) == via.isPresent()) {
      throw new IllegalArgumentException("a derived bearing, and only one, names the proposition it"
          + " comes from: " + why + " via " + via);
    }
  }

  /** The assertion. */
  public Assertion assertion() {
    return assertion;
  }

  /** The id of the proposition it bears on. */
  public String proposition() {
    return proposition;
  }

  /** Which way it bears. */
  public Direction direction() {
    return DIRECTIONS[direction];
  }

  /** For a derived bearing, the id of the proposition the assertion is about; empty when direct. */
  public Optional<String> via() {
    return via;
  }

  /** The time the assertion speaks for. */
  public TimeSpan time() {
    return time;
  }

  /** The kind of reason it bears this way. */
  public Why why() {
    return WHYS[why];
  }

  /** Equal when the six parts are, as a record's. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Bearing b && direction == b.direction && why == b.why
        && assertion.equals(b.assertion) && proposition.equals(b.proposition)
        && via.equals(b.via) && time.equals(b.time);
  }

  @Override
  public int hashCode() {
    int h = assertion.hashCode();
    h = 31 * h + proposition.hashCode();
    h = 31 * h + direction;
    h = 31 * h + via.hashCode();
    h = 31 * h + time.hashCode();
    return 31 * h + why;
  }

  /** {@code Bearing[assertion=…, proposition=…, direction=…, via=…, time=…, why=…]}, as a record's. */
  @Override
  public String toString() {
    return "Bearing[assertion=" + assertion + ", proposition=" + proposition + ", direction="
        + direction() + ", via=" + via + ", time=" + time + ", why=" + why() + "]";
  }

  /**
   * Why the assertion bears on the proposition, in words, with the names the evidence base gives
   * sources, places and propositions. Computed on request, O(relations) at worst.
   */
  public String reason(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    String name = evidence.source(assertion.source()).map(Source::name).orElse(assertion.source());
    return switch (why()) {
      case DIRECT -> switch (direction()) {
        case SUPPORTS -> name + " affirms it";
        case OPPOSES -> name + " denies it";
        case NO_EVIDENCE -> name + " knows of no evidence for it";
        case UNCERTAIN -> name + " does not know";
        case VALUE -> name + " gives " + assertion.value().map(Object::toString)
            .orElseGet(() -> assertion.category().orElseThrow().toString());
      };
      case SCOPE_INSIDE -> name + " affirms it of " + scope(via.get(), evidence)
          + ", which lies inside " + scope(proposition, evidence);
      case SCOPE_CONTAINING -> name + (direction() == Direction.OPPOSES
              ? " denies it of " : " knows of no evidence for it in ")
          + scope(via.get(), evidence) + ", which contains " + scope(proposition, evidence);
      case ENTAILING -> name + " affirms '" + text(via.get(), evidence) + "', which entails it";
      case ENTAILED -> name + (direction() == Direction.OPPOSES ? " denies '" : " knows of no evidence for '")
          + text(via.get(), evidence) + "', which it entails";
      case CONTRADICTING -> name + " affirms '" + text(via.get(), evidence)
          + "', which contradicts it (" + contradiction(evidence) + ")";
    };
  }

  private static String text(String propositionId, EvidenceBase evidence) {
    return evidence.proposition(propositionId).map(Proposition::text).orElse(propositionId);
  }

  private static String scope(String propositionId, EvidenceBase evidence) {
    Optional<Proposition> p = evidence.proposition(propositionId);
    String place = p.flatMap(Proposition::place).flatMap(evidence::place).map(Place::name)
        .orElse("anywhere");
    return p.flatMap(Proposition::time).map(t -> place + " (" + t + ")").orElse(place);
  }

  private String contradiction(EvidenceBase evidence) {
    String other = via.orElseThrow();
    return evidence.relations().stream()
        .filter(r -> r.kind() == RelationKind.CONTRADICTS)
        .filter(r -> (r.from().equals(other) && r.to().equals(proposition))
            || (r.to().equals(other) && r.from().equals(proposition)))
        .map(PropositionRelation::reason)
        .findFirst()
        .orElse("declared");
  }

  /**
   * How general the bearing is on its proposition: the assertion's {@link Quantifier}, except that
   * an affirmation carried from a narrower place or time ({@link Why#SCOPE_INSIDE}) is an
   * existential claim about the wider scope, {@link Quantifier#SOME}: "conscripts are posted in
   * Donetsk" says that some conscripts are posted in the annexed regions, not that they generally
   * are. Empty when the assertion states no generality.
   */
  public Optional<Quantifier> quantifier() {
    if (why() == Why.SCOPE_INSIDE && direction() == Direction.SUPPORTS) {
      return Optional.of(Quantifier.SOME);
    }
    return assertion.quantifier();
  }

  /**
   * Whether this bearing and {@code other}, one supporting and one opposing the same proposition,
   * cannot both hold: they speak for overlapping times and their quantifiers conflict ({@link
   * Quantifier#conflicts(Optional, Optional)}). False when they are not one supporting and one
   * opposing bearing. Constant time.
   */
  public boolean conflictsWith(Bearing other) {
    Objects.requireNonNull(other, "other");
    Bearing affirming;
    Bearing denying;
    if (direction() == Direction.SUPPORTS && other.direction() == Direction.OPPOSES) {
      affirming = this;
      denying = other;
    } else if (direction() == Direction.OPPOSES && other.direction() == Direction.SUPPORTS) {
      affirming = other;
      denying = this;
    } else {
      return false;
    }
    return time.overlaps(other.time)
        && Quantifier.conflicts(affirming.quantifier(), denying.quantifier());
  }

  /** Whether the bearing is derived rather than direct. */
  public boolean derived() {
    return via.isPresent();
  }

  /** The id of the source that speaks. */
  public String source() {
    return assertion.source();
  }
}
