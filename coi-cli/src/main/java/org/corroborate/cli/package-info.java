/**
 * The {@code coi} command: {@code analyze} a corpus (disputes first, then corroborated and
 * single-source findings, near-misses, clusters and outliers; as text, JSON, Markdown or one
 * self-contained HTML page with the evidence graph of the disputes as SVG), {@code graph} exports
 * the evidence graph (DOT, GraphML, JSON), {@code validate} checks a corpus file and reports every
 * problem with its location, {@code citations} and {@code audit} read a report's citations and
 * check them, {@code ingest} writes a report's evidence-base skeleton as a corpus file. Arguments
 * are parsed by picocli; JSON is written by Jackson.
 */
package org.corroborate.cli;
