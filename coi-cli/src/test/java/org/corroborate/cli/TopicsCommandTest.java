package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Topic;
import org.junit.jupiter.api.Test;

/** {@code coi topics} on the bundled reference corpus. */
final class TopicsCommandTest {

  private static final EvidenceBase REFERENCE = ReferenceCorpora.russiaConscription2025();

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Walks the tree, checking each topic's place and keys; collects topic and proposition ids. */
  private static void walk(JsonNode topics, String parent, Set<String> topicIds, Set<String> propositionIds) {
    for (JsonNode t : topics) {
      assertEquals(List.of("id", "label", "propositions", "topics"), keys(t));
      Topic topic = REFERENCE.topic(t.get("id").asText()).orElseThrow();
      assertEquals(topic.label(), t.get("label").asText());
      assertEquals(parent, topic.parent().orElse(null), "nested under its parent: " + topic.id());
      assertTrue(topicIds.add(topic.id()), "each topic once: " + topic.id());
      for (JsonNode p : t.get("propositions")) {
        assertEquals(List.of("id", "text"), keys(p));
        Proposition proposition = REFERENCE.proposition(p.get("id").asText()).orElseThrow();
        assertEquals(proposition.text(), p.get("text").asText());
        assertEquals(topic.id(), proposition.topic(), "under its own topic: " + proposition.id());
        assertTrue(propositionIds.add(proposition.id()));
      }
      walk(t.get("topics"), topic.id(), topicIds, propositionIds);
    }
  }

  @Test
  void topics_json_nestedTreeWithEveryTopicAndPropositionOnce() throws IOException {
    Run r = Run.coi("topics", "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    Set<String> topics = new HashSet<>();
    Set<String> propositions = new HashSet<>();
    walk(root.get("topics"), null, topics, propositions);
    assertEquals(REFERENCE.topics().size(), topics.size());
    assertEquals(REFERENCE.propositions().size(), propositions.size());
  }

  @Test
  void topics_text_indentedTreeWithPropositionsUnderTheirTopic() {
    Run r = Run.coi("topics");
    assertEquals(Coi.OK, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("draft-evasion — Draft evasion and desertion"), "a root, not indented");
    assertTrue(lines.contains("  enforcement — Enforcement of legislation"), "a subtopic, indented");
    int awol = lines.indexOf("    awol — Absence without official leave and desertion");
    assertTrue(awol > lines.indexOf("  enforcement — Enforcement of legislation"),
        "a subtopic of a subtopic, further in, after its parent: " + r.out());
    assertTrue(lines.get(awol + 1).startsWith("      · awol-"), "its propositions follow: " + lines.get(awol + 1));
  }
}
