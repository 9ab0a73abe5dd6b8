package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;

import java.util.Objects;
import java.util.Optional;

/**
 * One checkable question, in neutral wording: "Conscripts are posted in Donetsk oblast", or, for a
 * numeric question, "Number of conscripts killed in Kursk oblast since the incursion".
 *
 * <p>Typed parts let the analysis relate propositions that differ only in scope: two propositions
 * with the same subject and relation, about Donetsk and about the regions annexed in 2022, are the
 * same question at two places of the gazetteer.
 *
 * @param id the proposition's slug
 * @param topic the id of the topic it is filed under
 * @param text the question in neutral wording
 * @param subject the population or thing it is about ({@code conscripts}), a slug
 * @param relation what is said of the subject ({@code posted-in}, {@code killed-in}), a slug
 * @param place the id of the place it is scoped to
 * @param time the time span it is about
 * @param unit for a numeric proposition, the unit its values are given in; empty for a
 *     proposition that is affirmed or denied
 * @param categorical whether the proposition is answered by a {@link Category} (a set of names)
 *     rather than affirmed or denied; never together with a unit
 * @param aliases former ids of this proposition (kept when propositions are merged or renamed, so
 *     that saved references still resolve: {@link EvidenceBase#resolveProposition}), sorted
 */
public record Proposition(
    String id,
    String topic,
    String text,
    Optional<String> subject,
    Optional<String> relation,
    Optional<String> place,
    Optional<TimeSpan> time,
    Optional<String> unit,
    boolean categorical,
    ImmutableSortedSet<String> aliases) {

  /** Validates every part; see the parameter descriptions. */
  public Proposition {
    Slug.require(id, "proposition id");
    Slug.require(topic, "proposition topic");
    text = Wording.require(text, "proposition text");
    Wording.optionalSlug(subject, "proposition subject");
    Wording.optionalSlug(relation, "proposition relation");
    Wording.optionalSlug(place, "proposition place");
    Objects.requireNonNull(time, "proposition time");
    Objects.requireNonNull(unit, "proposition unit");
    unit.ifPresent(Quantity::requireUnit);
    checkArgument(!categorical || unit.isEmpty(),
        "proposition '%s' is categorical, so it has no unit (not '%s')", id, unit.orElse(""));
    aliases = ImmutableSortedSet.copyOf(aliases);
    for (String alias : aliases) {
      Slug.require(alias, "proposition alias");
      checkArgument(!alias.equals(id), "proposition '%s' is its own alias", id);
    }
  }

  /** A proposition with no former ids. */
  public Proposition(
      String id,
      String topic,
      String text,
      Optional<String> subject,
      Optional<String> relation,
      Optional<String> place,
      Optional<TimeSpan> time,
      Optional<String> unit,
      boolean categorical) {
    this(id, topic, text, subject, relation, place, time, unit, categorical,
        ImmutableSortedSet.of());
  }

  /** A proposition that is affirmed or denied, or numeric when it has a unit; not categorical. */
  public Proposition(
      String id,
      String topic,
      String text,
      Optional<String> subject,
      Optional<String> relation,
      Optional<String> place,
      Optional<TimeSpan> time,
      Optional<String> unit) {
    this(id, topic, text, subject, relation, place, time, unit, false);
  }

  /** A proposition with no typed parts. */
  public static Proposition of(String id, String topic, String text) {
    return new Proposition(
        id, topic, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Whether its answers are quantities rather than stances. */
  public boolean isNumeric() {
    return unit.isPresent();
  }

  /**
   * Whether its answers are values — quantities of a numeric proposition or categories of a
   * categorical one — rather than stances that affirm or deny it.
   */
  public boolean asksForValue() {
    return unit.isPresent() || categorical;
  }

  /** This proposition with the given subject and relation. */
  public Proposition about(String newSubject, String newRelation) {
    return new Proposition(
        id, topic, text, Optional.of(newSubject), Optional.of(newRelation), place, time, unit,
        categorical, aliases);
  }

  /** This proposition scoped to the place {@code newPlace}. */
  public Proposition at(String newPlace) {
    return new Proposition(
        id, topic, text, subject, relation, Optional.of(newPlace), time, unit, categorical,
        aliases);
  }

  /** This proposition scoped to the time span {@code newTime}. */
  public Proposition during(TimeSpan newTime) {
    return new Proposition(
        id, topic, text, subject, relation, place, Optional.of(newTime), unit, categorical,
        aliases);
  }

  /** This proposition as a numeric question whose values are in {@code newUnit}. */
  public Proposition measuredIn(String newUnit) {
    return new Proposition(
        id, topic, text, subject, relation, place, time, Optional.of(newUnit), categorical,
        aliases);
  }

  /** This proposition as a categorical question, answered by a {@link Category}. */
  public Proposition asCategorical() {
    return new Proposition(id, topic, text, subject, relation, place, time, unit, true, aliases);
  }

  /** This proposition also known by the former ids {@code formerIds}. */
  public Proposition alsoKnownAs(String... formerIds) {
    return new Proposition(id, topic, text, subject, relation, place, time, unit, categorical,
        ImmutableSortedSet.<String>naturalOrder().addAll(aliases)
            .addAll(java.util.Arrays.asList(formerIds)).build());
  }
}
