package org.corroborate.analysis.dispute;

/** Why sources that seem to disagree do not make a dispute. */
public enum NonDisputeKind {
  /** The values given can all be true at once ("at least 13" and "over a thousand"). */
  COMPATIBLE_VALUES,
  /** The opposing statements speak for times that do not overlap. */
  DISJOINT_TIMES,
  /** The only opposition is that sources know of no evidence, which does not contradict a report. */
  ABSENCE_OF_EVIDENCE_ONLY,
  /** A denial about a part does not deny an affirmation about the whole that contains it. */
  DIFFERENT_SCOPE,
  /**
   * The statements can hold together because of how general they are: "in general not" against
   * "in some cases", or "in some cases not" against "generally" ({@link
   * org.corroborate.model.Quantifier}).
   */
  DIFFERENT_GENERALITY,
  /**
   * Every side holds the statements of one and the same source alone: an inconsistency within
   * one source's statements (read its passages), not a disagreement between sources.
   */
  ONE_SOURCE_ON_BOTH_SIDES
}
