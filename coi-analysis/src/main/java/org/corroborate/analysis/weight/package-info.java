/**
 * Evidence weight: how much one assertion counts ({@link
 * org.corroborate.analysis.weight.WeightPolicy}), with a line-by-line explanation of every number.
 * The default policy, {@link org.corroborate.analysis.weight.AdmiraltyWeightPolicy}, is built on
 * the NATO Admiralty code (STANAG 2511) for source reliability and information credibility, and on
 * the ICD 203 estimative-language scale for hedges. {@link
 * org.corroborate.analysis.weight.TrustWeightPolicy} adds source trust estimated by truth
 * discovery as an optional, bounded prior on top of any policy.
 */
package org.corroborate.analysis.weight;
