package org.corroborate.casework;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Category;
import org.corroborate.model.Quantity;
import org.corroborate.model.Slug;
import org.corroborate.model.TimeSpan;

/**
 * One material fact of an applicant's account: the statement in the applicant's words, where it is
 * recorded, and what it says in the corpus's terms (EUAA, <i>Practical Guide on Evidence and Risk
 * Assessment</i>, 2024: material facts are identified before their credibility is assessed).
 *
 * @param id the fact's slug, unique in its case
 * @param statement the applicant's statement, in his or her words (as recorded)
 * @param record where the statement is recorded: interview record and page or paragraph
 * @param proposition the id of the corpus proposition it bears on (a former id kept as an alias is
 *     accepted and resolved when the fact is assessed)
 * @param stance whether the statement affirms or denies the proposition; {@link FactStance#AFFIRMS}
 *     when a value or a category is given
 * @param time the time the statement is about, when it says; empty for a statement set against all
 *     available COI
 * @param value for a numeric proposition, the figure the applicant gives, in the corpus's value
 *     form (a unit of the proposition's, or one a declared conversion relates to it)
 * @param category for a categorical proposition, the answer the applicant gives
 */
public record Fact(
    String id,
    String statement,
    String record,
    String proposition,
    FactStance stance,
    Optional<TimeSpan> time,
    Optional<Quantity> value,
    Optional<Category> category) {

  /** The longest statement accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 4000;

  /** Validates every part; see the parameter descriptions. */
  public Fact {
    Slug.require(id, "fact id");
    statement = text(statement, "statement", id);
    record = text(record, "record", id);
    Slug.require(proposition, "fact proposition");
    Objects.requireNonNull(stance, "fact stance");
    Objects.requireNonNull(time, "fact time");
    Objects.requireNonNull(value, "fact value");
    Objects.requireNonNull(category, "fact category");
    checkArgument(value.isEmpty() || category.isEmpty(),
        "fact '%s' gives both a value and a category", id);
    checkArgument(stance == FactStance.AFFIRMS || (value.isEmpty() && category.isEmpty()),
        "fact '%s' gives a value or a category, so its stance must be affirms", id);
  }

  /** A fact that affirms or denies {@code proposition}, with no time, value or category. */
  public static Fact of(String id, String statement, String record, String proposition,
      FactStance stance) {
    return new Fact(id, statement, record, proposition, stance, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** This fact about the time {@code newTime}. */
  public Fact during(TimeSpan newTime) {
    return new Fact(id, statement, record, proposition, stance, Optional.of(newTime), value, category);
  }

  /** This fact giving the figure {@code newValue} (its stance affirms). */
  public Fact giving(Quantity newValue) {
    return new Fact(id, statement, record, proposition, FactStance.AFFIRMS, time,
        Optional.of(newValue), Optional.empty());
  }

  /** This fact giving the answer {@code newCategory} (its stance affirms). */
  public Fact answering(Category newCategory) {
    return new Fact(id, statement, record, proposition, FactStance.AFFIRMS, time, Optional.empty(),
        Optional.of(newCategory));
  }

  /** This fact under the id {@code newId}. */
  public Fact renamed(String newId) {
    return new Fact(newId, statement, record, proposition, stance, time, value, category);
  }

  private static String text(String text, String what, String id) {
    Objects.requireNonNull(text, "fact " + what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "fact '%s' has an empty %s", id, what);
    checkArgument(stripped.length() <= MAX_TEXT_LENGTH,
        "fact '%s' %s is longer than %s characters", id, what, MAX_TEXT_LENGTH);
    return stripped;
  }
}
