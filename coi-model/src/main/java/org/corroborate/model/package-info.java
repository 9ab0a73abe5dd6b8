/**
 * The typed evidence model of Country-of-Origin Information: who said what, where, about which
 * question, with what stance, hedge, basis, time, place and number.
 *
 * <p>A {@link org.corroborate.model.Source} speaks in a {@link org.corroborate.model.Document};
 * each {@link org.corroborate.model.Passage} of a document (a minutes paragraph, a page, a
 * footnote) can carry {@link org.corroborate.model.Assertion assertions}: a source's position on a
 * {@link org.corroborate.model.Proposition}, which is one neutral, checkable question filed under a
 * {@link org.corroborate.model.Topic} and scoped to a {@link org.corroborate.model.Place}, a
 * {@link org.corroborate.model.TimeSpan} and, for numeric questions, a unit. Numeric answers are
 * {@link org.corroborate.model.Quantity intervals} ("at least 13", "probably over a thousand").
 * {@link org.corroborate.model.PropositionRelation Relations} declare entailment and contradiction
 * between propositions.
 *
 * <p>Every type is an immutable value, validated when it is constructed: no method accepts or
 * returns {@code null}; optional parts are {@link java.util.Optional}. The aggregate,
 * {@link org.corroborate.model.EvidenceBase}, is built through a builder that checks referential
 * integrity and reports every problem at once in one {@link
 * org.corroborate.model.EvidenceBaseException}. Identifiers are lower-case ASCII slugs
 * ({@link org.corroborate.model.Slug}). Grading follows the NATO Admiralty system (STANAG 2511):
 * {@link org.corroborate.model.Reliability} of a source, {@link org.corroborate.model.Credibility} of
 * a piece of information.
 */
package org.corroborate.model;
