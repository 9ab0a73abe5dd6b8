package org.corroborate.cli;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
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
    Optional<String> proposition = asked.map(id -> evidence.resolveProposition(id)
        .map(org.corroborate.model.Proposition::id).orElse(id));
    if (proposition.isPresent() && evidence.proposition(proposition.get()).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no proposition '" + proposition.get() + "' in " + corpusName);
    }
    if (topic.isPresent() && evidence.topic(topic.get()).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no topic '" + topic.get() + "' in " + corpusName);
    }
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
}
