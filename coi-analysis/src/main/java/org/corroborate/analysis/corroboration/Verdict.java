package org.corroborate.analysis.corroboration;

/** What the evidence says of a proposition, in the words COI writers use. */
public enum Verdict {
  /** Two or more independent lines support it and none opposes it. */
  CORROBORATED,
  /** One line of evidence supports it and none opposes it. */
  SINGLE_SOURCE,
  /** Independent lines support and oppose it at overlapping times, or give incompatible values. */
  DISPUTED,
  /** Two or more independent lines support it and exactly one line opposes it. */
  CONTESTED_BY_ONE_SOURCE,
  /** Nothing supports it: it is only opposed, or sources say they do not know. */
  UNCORROBORATED,
  /** The only evidence is that sources know of none. */
  ABSENCE_OF_EVIDENCE_ONLY
}
