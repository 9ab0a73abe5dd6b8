/**
 * An asylum case as far as country-of-origin information bears on it: the {@link
 * org.corroborate.casework.Case} (its id, the decision date and the applicant's material facts) and
 * each {@link org.corroborate.casework.Fact} (the applicant's statement in his or her own words,
 * where it is recorded, the proposition of the corpus it bears on, affirmed or denied, and
 * optionally its time, a figure or an answer). Facts are what the EU Qualification Directive
 * (2011/95/EU), Art. 4(3)(a) and 4(5)(c), asks to be set against "all relevant facts as they relate
 * to the country of origin at the time of taking a decision"; the assessment itself is in {@link
 * org.corroborate.casework.consistency}, the JSON format {@code corroborate-case/1} in {@link
 * org.corroborate.casework.json}.
 */
package org.corroborate.casework;
