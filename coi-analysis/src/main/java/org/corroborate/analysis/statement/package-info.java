/**
 * Statements as evidence: each assertion shown with its source, where it is written, its quote,
 * hedge, generality, basis, value and the time it is about ({@link
 * org.corroborate.analysis.statement.Statement}), and the plain English a caseworker reads them in
 * ({@link org.corroborate.analysis.statement.InWords}).
 *
 * <p>Every report format shows a statement from the same {@link
 * org.corroborate.analysis.statement.Statement}, so that a quote, a figure or a date is printed
 * once, from one value, whatever the format.
 */
package org.corroborate.analysis.statement;
