/**
 * Agreement clusters and outliers: a signed source–source graph (agreements minus disagreements
 * over shared propositions, after derivation), partitioned by correlation clustering, and the
 * sources that find themselves in the minority across disputes.
 */
package org.corroborate.analysis.cluster;
