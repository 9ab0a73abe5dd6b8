package org.corroborate.casework;

/**
 * Whether an applicant's statement affirms or denies the proposition it is filed against: "my unit
 * was sent to Kherson oblast" affirms "Conscripts are posted in Kherson oblast"; "nobody asked me
 * to sign a contract" denies "Conscripts are pressured to sign contracts".
 *
 * <p>A fact is one person's experience, so it is read as a claim about some cases (an existential
 * claim, {@link org.corroborate.model.Quantifier#SOME}): COI saying "in general not" does not
 * contradict "it happened to me", COI saying "never" does.
 */
public enum FactStance {
  /** The applicant says the proposition held in his or her case. */
  AFFIRMS,
  /** The applicant says the proposition did not hold in his or her case. */
  DENIES
}
