/**
 * The {@code coi} command: {@code analyze} a corpus (disputes first, then corroborated and
 * single-source findings, near-misses, clusters and outliers; as text or JSON), {@code graph}
 * exports the evidence graph (DOT, GraphML, JSON), {@code validate} checks a corpus file and
 * reports every problem with its location. Arguments are parsed by picocli; JSON is written by
 * Jackson.
 */
package org.corroborate.cli;
