/**
 * The case format {@code corroborate-case/1}: a case (id, decision date, material facts) as JSON,
 * read strictly and validated against the corpus it is assessed with, every problem located by
 * JSON pointer, line and column and the id of the fact at fault, as corpus files are read ({@link
 * org.corroborate.model.json.CorpusJson}). The JSON Schema is the resource {@link
 * org.corroborate.casework.json.CaseJson#SCHEMA_RESOURCE}.
 */
package org.corroborate.casework.json;
