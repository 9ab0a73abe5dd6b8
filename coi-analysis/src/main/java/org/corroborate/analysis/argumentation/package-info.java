/**
 * Abstract argumentation: frameworks of arguments and attacks (Dung 1995) and their grounded
 * semantics, as labellings IN / OUT / UNDEC (Caminada 2006).
 *
 * <p>Conflicting assertions can be read as arguments attacking one another; the grounded
 * labelling then says which are accepted, rejected or left undecided, sceptically: nothing is
 * accepted while an undefeated argument speaks against it. {@link
 * org.corroborate.analysis.argumentation.ArgumentationFramework} is an immutable framework over
 * arguments of any type, ordered by a comparator the caller gives so that every answer comes in a
 * deterministic order; {@link org.corroborate.analysis.argumentation.GroundedLabelling} computes
 * the grounded {@link org.corroborate.analysis.argumentation.Labelling} in time linear in the size
 * of the framework. The package knows nothing of the evidence model, so the same semantics serve
 * whatever policy decides which assertion attacks which.
 */
package org.corroborate.analysis.argumentation;
