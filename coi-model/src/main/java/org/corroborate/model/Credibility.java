package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The credibility of one piece of information on the NATO Admiralty scale (STANAG 2511): a digit
 * from 1 (confirmed by other sources) to 6 (truth cannot be judged). Unlike {@link Reliability},
 * it grades what was said, not who said it.
 */
public enum Credibility {
  /** 1 — confirmed by other independent sources. */
  CONFIRMED(1, "confirmed by other sources"),
  /** 2 — probably true: not confirmed, but logical and consistent with other information. */
  PROBABLY_TRUE(2, "probably true"),
  /** 3 — possibly true: not confirmed, reasonably logical, agrees with some other information. */
  POSSIBLY_TRUE(3, "possibly true"),
  /** 4 — doubtfully true: possible but not logical; no other information on the subject. */
  DOUBTFUL(4, "doubtfully true"),
  /** 5 — improbable: not logical and contradicted by other information. */
  IMPROBABLE(5, "improbable"),
  /** 6 — truth cannot be judged: no basis for evaluating the information. */
  CANNOT_BE_JUDGED(6, "truth cannot be judged");

  private final int grade;
  private final String description;

  Credibility(int grade, String description) {
    this.grade = grade;
    this.description = description;
  }

  /** The Admiralty digit, 1 to 6. */
  public int grade() {
    return grade;
  }

  /** The grade's meaning in words. */
  public String description() {
    return description;
  }

  /**
   * The credibility with the given Admiralty digit.
   *
   * @throws IllegalArgumentException unless {@code 1 <= grade <= 6}
   */
  public static Credibility ofGrade(int grade) {
    checkArgument(grade >= 1 && grade <= 6, "credibility grade must be 1 to 6: %s", grade);
    return values()[grade - 1];
  }
}
