/**
 * Which assertions stand once conflicting assertions are weighed against one another: each
 * conflict becomes an attack of the stronger assertion on the weaker (both ways when they weigh
 * the same), and the grounded labelling of the resulting argumentation framework says which
 * assertions are accepted, rejected or undecided.
 */
package org.corroborate.analysis.acceptance;
