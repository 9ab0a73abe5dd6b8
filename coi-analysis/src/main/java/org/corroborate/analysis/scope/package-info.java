/**
 * How each assertion bears on each proposition once place, time and declared relations are taken
 * into account. An existential affirmation about a place supports the same question asked of
 * every place containing it ("posted in Donetsk" supports "posted in the regions annexed in
 * 2022"); a denial, or an absence of evidence, about a place bears the same way on every place it
 * contains; the same holds for time spans. Declared entailments and contradictions carry
 * assertions across propositions too. Every derived bearing says why it holds.
 */
package org.corroborate.analysis.scope;
