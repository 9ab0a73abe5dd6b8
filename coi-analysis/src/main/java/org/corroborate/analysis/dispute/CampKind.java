package org.corroborate.analysis.dispute;

/** Which side a camp of a dispute takes. */
public enum CampKind {
  /** The camp says the proposition holds. */
  AFFIRMS,
  /** The camp says it does not. */
  DENIES,
  /** The camp gives values that can all be true at once. */
  VALUE,
  /** The camp gives one answer, a category, to a categorical proposition. */
  CATEGORY
}
