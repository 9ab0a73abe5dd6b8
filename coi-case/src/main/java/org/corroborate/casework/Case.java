package org.corroborate.casework;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.model.Slug;

/**
 * An applicant's case as the COI assessment sees it: its id, the date of the decision (the COI
 * that counts is the COI available on that date: EU Qualification Directive, Art. 4(3)(a)), and
 * the material facts, in the order of the account.
 *
 * @param id the case's slug (an internal reference, never a name)
 * @param decisionDate the date of the decision the facts are assessed for
 * @param facts the material facts, at least one, with distinct ids, in the order given
 */
public record Case(String id, LocalDate decisionDate, ImmutableList<Fact> facts) {

  /** The most facts a case may hold. */
  public static final int MAX_FACTS = 1000;

  /** Validates every part; see the parameter descriptions. */
  public Case {
    Slug.require(id, "case id");
    Objects.requireNonNull(decisionDate, "case decisionDate");
    facts = ImmutableList.copyOf(facts);
    checkArgument(!facts.isEmpty(), "case '%s' has no fact", id);
    checkArgument(facts.size() <= MAX_FACTS, "case '%s' has more than %s facts", id, MAX_FACTS);
    Set<String> ids = new HashSet<>();
    for (Fact f : facts) {
      checkArgument(ids.add(f.id()), "case '%s' has two facts with the id '%s'", id, f.id());
    }
  }

  /** The case of {@code facts}, in that order. */
  public static Case of(String id, LocalDate decisionDate, List<Fact> facts) {
    return new Case(id, decisionDate, ImmutableList.copyOf(facts));
  }

  /** The fact with the id {@code factId}. O(facts). */
  public Optional<Fact> fact(String factId) {
    return facts.stream().filter(f -> f.id().equals(factId)).findFirst();
  }

  /** This case decided on {@code newDate}. */
  public Case decidedOn(LocalDate newDate) {
    return new Case(id, newDate, facts);
  }

  /** This case with {@code newFacts} instead of its facts. */
  public Case withFacts(List<Fact> newFacts) {
    return new Case(id, decisionDate, ImmutableList.copyOf(newFacts));
  }
}
