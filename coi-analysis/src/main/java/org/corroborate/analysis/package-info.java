/**
 * Evidence analysis over an {@link org.corroborate.model.EvidenceBase}: what the sources say about
 * each proposition once place, time and number are taken into account, whether they corroborate or
 * dispute one another, how much weight the evidence carries, and exactly where each part of every
 * answer is written. Analyses are pure functions of the immutable model and return immutable,
 * deterministic results.
 */
package org.corroborate.analysis;
