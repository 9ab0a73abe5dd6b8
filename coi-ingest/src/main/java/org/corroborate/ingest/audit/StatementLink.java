package org.corroborate.ingest.audit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CitedEvidenceReading} linked one interview citation of a footnote to: the encoded
 * assertion on the cited passages whose proposition and quote the statement is most like.
 *
 * @param footnote the footnote's number
 * @param source the id of the cited source in the evidence base
 * @param paragraphs the cited paragraph numbers, in the order written
 * @param assertion the id of the assertion on the cited passages the statement is most like; empty
 *     when the cited passages carry no assertion
 * @param similarity how much of that assertion's proposition and quote the statement covers, from 0
 *     to 1 (see {@link CitedEvidenceReading#similarity}); 0 without an assertion
 * @param confident whether the link is strong enough ({@link CitedEvidenceReading#CONFIDENT_LINK} or
 *     more) for the reading to notice a statement changed against it
 */
public record StatementLink(
    int footnote,
    String source,
    ImmutableList<Integer> paragraphs,
    Optional<String> assertion,
    double similarity,
    boolean confident) {

  /** Validates every part and copies the list. */
  public StatementLink {
    checkArgument(footnote >= 0, "footnote must not be negative: %s", footnote);
    Objects.requireNonNull(source, "source");
    paragraphs = ImmutableList.copyOf(paragraphs);
    Objects.requireNonNull(assertion, "assertion");
    checkArgument(similarity >= 0 && similarity <= 1, "similarity must lie in [0, 1]: %s", similarity);
    checkArgument(!confident || assertion.isPresent(), "a confident link needs an assertion");
  }
}
