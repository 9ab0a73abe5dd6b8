package org.corroborate.model;

import java.util.Objects;

/**
 * How general a statement is: "always" or "never" ({@link #ALL}), "in general", "usually" or "in
 * most cases" ({@link #GENERALLY}), "there are cases", "some" or "sometimes" ({@link #SOME}). A
 * denial takes the quantifier of what it denies: "never" is a denial with {@link #ALL}, "in
 * general not" a denial with {@link #GENERALLY}, "in some cases not" a denial with {@link #SOME}.
 *
 * <p>An affirmation and a denial of one proposition conflict only when they cannot both hold
 * ({@link #conflicts}):
 *
 * <table>
 *   <caption>Whether an affirmation (rows) and a denial (columns) conflict</caption>
 *   <tr><th>affirms \ denies</th><th>all (never)</th><th>generally (generally not)</th>
 *       <th>some (in some cases not)</th></tr>
 *   <tr><th>all</th><td>conflict</td><td>conflict</td><td>conflict</td></tr>
 *   <tr><th>generally</th><td>conflict</td><td>conflict</td><td>no conflict</td></tr>
 *   <tr><th>some</th><td>conflict</td><td>no conflict</td><td>no conflict</td></tr>
 * </table>
 *
 * <p>An assertion with no quantifier keeps the plain reading: its affirmation conflicts with any
 * denial, and its denial with any affirmation. The table is the square of opposition of
 * traditional logic (contradictories A–O and E–I, contraries A–E) with "generally" read as "most":
 * "most are" and "most are not" cannot both hold; "most are" and "some are not" can.
 */
public enum Quantifier {
  /** "Always", "never", "every", "all": a universal statement. */
  ALL,
  /** "In general", "usually", "in most cases", "as a rule": a statement about most cases. */
  GENERALLY,
  /** "There are cases", "some", "sometimes", "in some regions": an existential statement. */
  SOME;

  /**
   * Whether an affirmation quantified {@code affirmation} and a denial quantified {@code denial}
   * of the same proposition cannot both hold: the table of the class description.
   */
  public static boolean conflicts(Quantifier affirmation, Quantifier denial) {
    Objects.requireNonNull(affirmation, "affirmation");
    Objects.requireNonNull(denial, "denial");
    return affirmation == ALL || denial == ALL || (affirmation == GENERALLY && denial == GENERALLY);
  }

  /**
   * {@link #conflicts(Quantifier, Quantifier)} where either side may be unquantified: an
   * unquantified statement conflicts with every statement of the other side.
   */
  public static boolean conflicts(
      java.util.Optional<Quantifier> affirmation, java.util.Optional<Quantifier> denial) {
    Objects.requireNonNull(affirmation, "affirmation");
    Objects.requireNonNull(denial, "denial");
    return affirmation.isEmpty() || denial.isEmpty()
        || conflicts(affirmation.get(), denial.get());
  }

  /** The word used in the corpus format: {@code all}, {@code generally} or {@code some}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
