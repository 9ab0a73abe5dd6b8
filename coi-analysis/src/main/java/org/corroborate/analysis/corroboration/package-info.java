/**
 * Corroboration per proposition: the supporting and opposing evidence after derivation, grouped
 * into independent lines of evidence, weighed, and summed up in the words COI writers use
 * (corroborated by N independent lines, single source, disputed, contested by one source,
 * uncorroborated, only absence of evidence), with an explanation that lists every source, passage
 * and reason that led there.
 */
package org.corroborate.analysis.corroboration;
