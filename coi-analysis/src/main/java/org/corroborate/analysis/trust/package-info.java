/**
 * Source trust from agreement patterns (truth discovery): which value of a disputed question is
 * true, and how far each source can be trusted, estimated together from who agrees with whom.
 *
 * <p>The core is data-independent: a {@link org.corroborate.analysis.trust.TruthProblem} is a set
 * of {@link org.corroborate.analysis.trust.Claim claims} (object, value, source), optionally with
 * known lines of evidence (sources that are one origin or relay one another), an {@link
 * org.corroborate.analysis.trust.Implication} between values, their {@link
 * org.corroborate.analysis.trust.ValueSimilarity similarity} (AccuSim) and the asymmetric {@link
 * org.corroborate.analysis.trust.ValueSupport support} of a partial value for a fuller one (the
 * format-aware votes). The methods that solve it are each a {@link
 * org.corroborate.analysis.trust.TruthDiscovery}: {@link
 * org.corroborate.analysis.trust.MajorityVoting} (the baseline), {@link
 * org.corroborate.analysis.trust.TruthFinder} (Yin, Han &amp; Yu 2007), {@link
 * org.corroborate.analysis.trust.CopyAwareAccuracy} (after Accu/AccuCopy, Dong, Berti-Equille
 * &amp; Srivastava 2009), {@link org.corroborate.analysis.trust.LatentCredibility} (Pasternack
 * &amp; Roth 2013) and the fact-finders Sums, Investment and PooledInvestment of {@link
 * org.corroborate.analysis.trust.FactFinder} (Pasternack &amp; Roth 2010). Every result is an
 * immutable {@link
 * org.corroborate.analysis.trust.TruthEstimate} that explains each decided value: the sources
 * behind it, their trust, their counted votes, and the rival values. {@link
 * org.corroborate.analysis.trust.EvidenceClaims} turns an evidence base into a problem.
 */
package org.corroborate.analysis.trust;
