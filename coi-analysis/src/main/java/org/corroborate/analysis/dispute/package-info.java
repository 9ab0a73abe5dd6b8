/**
 * Disputes: propositions on which independent lines of evidence take opposing sides at
 * overlapping times, or give values that cannot all be true; each with its camps, their sources
 * and passages, the balance, a weight and the reason; and the near-misses that are not disputes
 * (compatible values, disjoint times, absence of evidence only, a different scope), with the
 * reason the analysis stayed silent.
 */
package org.corroborate.analysis.dispute;
