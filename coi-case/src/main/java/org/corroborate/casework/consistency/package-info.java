/**
 * External consistency: an applicant's material facts set against the country-of-origin
 * information available on the decision date (EU Qualification Directive 2011/95/EU, Art. 4(3)(a)
 * and 4(5)(c); EUAA, <i>Practical Guide on Evidence and Risk Assessment</i>, 2024, where external
 * consistency is one credibility indicator beside internal consistency, sufficiency of detail and
 * plausibility).
 *
 * <p>{@link org.corroborate.casework.consistency.ExternalConsistency} assesses a {@link
 * org.corroborate.casework.Case}; each {@link org.corroborate.casework.consistency.FactAssessment}
 * has an {@link org.corroborate.casework.consistency.Outcome}, its reason in words, the supporting
 * and opposing COI grouped into independent lines as the analysis counts them, and the pivotal
 * sources: those whose removal alone would change the outcome, the sensitivity analysis of the
 * analysis of competing hypotheses (Heuer, <i>Psychology of Intelligence Analysis</i>, 1999, ch. 8,
 * step 6). The assessment reuses the analysis' derivation of bearings ({@link
 * org.corroborate.analysis.scope.BearingDerivation}: place containment, declared entailments and
 * contradictions), its independent lines ({@link
 * org.corroborate.analysis.corroboration.IndependentLines}) and its value tolerance and unit
 * conversions ({@link org.corroborate.analysis.corroboration.CorroborationAnalysis}). It assesses
 * external consistency only and does not decide credibility.
 */
package org.corroborate.casework.consistency;
