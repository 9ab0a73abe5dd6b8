package org.corroborate.analysis.argumentation;

/**
 * The status of an argument in a labelling (Caminada, "On the issue of reinstatement in
 * argumentation", JELIA 2006, doi:10.1007/11853886_11).
 */
public enum Label {
  /** Accepted: every attacker of the argument is {@code OUT}. */
  IN,
  /** Rejected: some attacker of the argument is {@code IN}. */
  OUT,
  /** Undecided: neither accepted nor rejected, as in an unresolved cycle of attacks. */
  UNDEC
}
