/**
 * The versioned JSON format of an {@link org.corroborate.model.EvidenceBase}, {@value
 * org.corroborate.model.json.CorpusJson#FORMAT}, read and written with Jackson.
 *
 * <p>The format is described by the JSON Schema {@code corroborate-3.schema.json} in this package's
 * resources. Jackson stays in this package: the model itself carries no mapping annotations. The
 * reader is strict: unknown fields, duplicate keys, wrong types, oversized strings, numbers or
 * nesting are rejected, and every problem is located by a JSON pointer (RFC 6901) and a line and
 * column, and names the offending id when there is one ({@link
 * org.corroborate.model.json.CorpusFormatException}). No polymorphic typing is used.
 */
package org.corroborate.model.json;
