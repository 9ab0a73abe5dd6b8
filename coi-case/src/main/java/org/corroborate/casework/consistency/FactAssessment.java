package org.corroborate.casework.consistency;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.stream.Stream;
import org.corroborate.casework.Fact;
import org.corroborate.model.Proposition;

/**
 * The assessment of one fact against the COI available on the decision date.
 *
 * @param fact the fact, as given
 * @param proposition the proposition it bears on (its alias resolved)
 * @param outcome the outcome; it follows from the number of supporting and opposing lines ({@link
 *     Outcome#of})
 * @param reason the outcome and what it rests on, in words
 * @param supporting the independent lines of COI that support the fact, ordered by line id
 * @param opposing the independent lines of COI that contradict the fact, ordered by line id
 * @param notCounted statements that bear on the proposition but count neither way: absence of
 *     evidence ("had not heard of any case"), "does not know", and statements against the fact of a
 *     generality the fact does not contradict ("in general not" against one person's case); in
 *     reading order
 * @param pivotal the ids of the sources whose removal alone would change the outcome, sorted
 * @param publishedLater how many statements bear on the proposition but were not available on the
 *     decision date (their documents were published after it)
 * @param otherTimes how many available statements bear on the proposition but speak for a time that
 *     does not overlap the fact's
 * @param wouldChange what would change the outcome, in words
 */
public record FactAssessment(
    Fact fact,
    Proposition proposition,
    Outcome outcome,
    String reason,
    ImmutableList<CoiLine> supporting,
    ImmutableList<CoiLine> opposing,
    ImmutableList<CoiStatement> notCounted,
    ImmutableSortedSet<String> pivotal,
    int publishedLater,
    int otherTimes,
    String wouldChange) {

  /** Validates every part, and that the outcome follows from the lines. */
  public FactAssessment {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(proposition, "proposition");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(wouldChange, "wouldChange");
    supporting = ImmutableList.copyOf(supporting);
    opposing = ImmutableList.copyOf(opposing);
    notCounted = ImmutableList.copyOf(notCounted);
    pivotal = ImmutableSortedSet.copyOf(pivotal);
    checkArgument(publishedLater >= 0 && otherTimes >= 0, "counts are not negative");
    checkArgument(outcome == Outcome.of(supporting.size(), opposing.size()),
        "fact '%s': %s does not follow from %s supporting and %s opposing lines", fact.id(), outcome,
        supporting.size(), opposing.size());
  }

  /** Every supporting statement, line by line. */
  public ImmutableList<CoiStatement> supportingStatements() {
    return supporting.stream().flatMap(l -> l.statements().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every opposing statement, line by line. */
  public ImmutableList<CoiStatement> opposingStatements() {
    return opposing.stream().flatMap(l -> l.statements().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every statement counted or listed for the fact: supporting, opposing, then not counted. */
  public ImmutableList<CoiStatement> statements() {
    return Stream.of(supportingStatements(), opposingStatements(), notCounted)
        .flatMap(ImmutableList::stream).collect(ImmutableList.toImmutableList());
  }
}
