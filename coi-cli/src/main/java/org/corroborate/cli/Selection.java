package org.corroborate.cli;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.NearestIds;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Topic;
import picocli.CommandLine;

/**
 * The propositions a report shows.
 *
 * @param propositions the ids of the propositions shown
 */
record Selection(ImmutableSet<String> propositions) {

  Selection {
    Objects.requireNonNull(propositions, "propositions");
  }

  boolean shows(Proposition p) {
    return propositions.contains(p.id());
  }

  /**
   * Whether the report shows the dispute {@code d}: its proposition is selected, or one of the
   * narrower propositions whose repeated disagreement it stands for.
   */
  boolean shows(org.corroborate.analysis.dispute.Dispute d) {
    return shows(d.proposition()) || d.covers().stream().anyMatch(propositions::contains);
  }

  /** Whether the report shows the proposition {@code id}. */
  boolean shows(String id) {
    return propositions.contains(id);
  }

  /**
   * The propositions of {@code evidence} filed under {@code topic} (or a subtopic) and equal to
   * {@code proposition} (its id, or a former id kept as an alias when propositions were merged or
   * renamed), each filter applied when given; a usage error naming the corpus when the topic or
   * the proposition is not in it.
   */
  static Selection of(EvidenceBase evidence, Optional<String> topic, Optional<String> asked,
      CommandLine.Model.CommandSpec spec, String corpusName) {
    Optional<String> proposition = asked.map(id -> known(evidence, "proposition", id, spec, corpusName));
    topic.ifPresent(id -> known(evidence, "topic", id, spec, corpusName));
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    evidence.propositions().forEach(p -> {
      boolean byProposition = proposition.map(id -> id.equals(p.id())).orElse(true);
      boolean byTopic = topic.map(t -> evidence.topicPath(p.topic()).stream()
          .map(Topic::id).anyMatch(t::equals)).orElse(true);
      if (byProposition && byTopic) {
        ids.add(p.id());
      }
    });
    return new Selection(ids.build());
  }

  /**
   * The id of the {@code kind} ("topic" or "proposition") asked for: {@code id} itself, or for a
   * proposition the id it is a former id of; a usage error naming the corpus and the {@value
   * NearestIds#SUGGESTED} nearest ids (by edit distance, ties by id) when there is none.
   */
  static String known(EvidenceBase evidence, String kind, String id,
      CommandLine.Model.CommandSpec spec, String corpusName) {
    boolean proposition = kind.equals("proposition");
    Optional<String> found = proposition
        ? evidence.resolveProposition(id).map(Proposition::id)
        : evidence.topic(id).map(Topic::id);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> ids = proposition
        ? evidence.propositions().stream().map(Proposition::id).toList()
        : evidence.topics().stream().map(Topic::id).toList();
    List<String> nearest = NearestIds.nearest(id, ids, NearestIds.SUGGESTED);
    throw new CommandLine.ParameterException(spec.commandLine(), "no " + kind + " '" + id + "' in "
        + corpusName + (nearest.isEmpty() ? "" : "; nearest: " + String.join(", ", nearest)));
  }
}
