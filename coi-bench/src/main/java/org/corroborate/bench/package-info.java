/**
 * Benchmarks, measured with JMH and never asserted in tests: seeded synthetic corpus generators
 * ({@link org.corroborate.bench.SyntheticCorpus} with a fixed vocabulary, {@link
 * org.corroborate.bench.RealisticCorpus} with one that grows with the corpus), the full analysis
 * at growing sizes, building and validating an evidence base, parsing the reference report, and
 * grounded semantics against TweetyProject on the same frameworks in the same run. {@link
 * org.corroborate.bench.BenchmarkTable} runs a quick version and prints a table of times,
 * allocations and ratios.
 */
package org.corroborate.bench;
