package org.corroborate.casework.consistency;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Slug;

/**
 * The assessment of a case: every fact against the COI available on the decision date.
 *
 * @param caseId the case's id
 * @param decisionDate the date whose COI counts
 * @param recencyMonths the recency window, in months, over which a statement with no time of its
 *     own is read to describe the situation before it was made
 * @param facts one assessment per fact, in the case's order of facts
 */
public record Assessment(
    String caseId, LocalDate decisionDate, int recencyMonths, ImmutableList<FactAssessment> facts) {

  /** Validates every part. */
  public Assessment {
    Slug.require(caseId, "case id");
    Objects.requireNonNull(decisionDate, "decisionDate");
    checkArgument(recencyMonths >= 0, "recency months are not negative: %s", recencyMonths);
    facts = ImmutableList.copyOf(facts);
  }

  /** The assessment of the fact {@code factId}. O(facts). */
  public Optional<FactAssessment> fact(String factId) {
    return facts.stream().filter(f -> f.fact().id().equals(factId)).findFirst();
  }

  /**
   * The sentence every rendering of an assessment carries: what it assesses and what it does not.
   */
  public static final String SCOPE_NOTE = "This annex assesses external consistency only: whether"
      + " the applicant's statements agree with the country-of-origin information available on the"
      + " decision date. It is one credibility indicator among others (internal consistency,"
      + " sufficiency of detail, plausibility) and does not decide credibility.";
}
