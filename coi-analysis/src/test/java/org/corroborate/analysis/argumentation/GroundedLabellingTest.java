package org.corroborate.analysis.argumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class GroundedLabellingTest {

  private static final GroundedLabelling GROUNDED = new GroundedLabelling();

  /** A framework over single-letter arguments from attacks written {@code "ab"} (a attacks b). */
  private static ArgumentationFramework<String> framework(String arguments, String... attacks) {
    ArgumentationFramework.Builder<String> b = ArgumentationFramework.builder();
    for (char c : arguments.toCharArray()) {
      b.addArgument(String.valueOf(c));
    }
    for (String attack : attacks) {
      b.addAttack(attack.substring(0, 1), attack.substring(1, 2));
    }
    return b.build();
  }

  private static Map<String, Label> labels(ArgumentationFramework<String> f) {
    return GROUNDED.labelling(f).labels();
  }

  @Test
  void labelling_ofEmptyFramework_isEmpty() {
    Labelling<String> l = GROUNDED.labelling(framework(""));
    assertTrue(l.labels().isEmpty() && l.in().isEmpty() && l.out().isEmpty()
        && l.undecided().isEmpty());
  }

  @Test
  void labelling_unattackedArgument_isIn() {
    assertEquals(Map.of("a", Label.IN), labels(framework("a")));
  }

  @Test
  void labelling_chain_alternatesInOutIn() {
    assertEquals(Map.of("a", Label.IN, "b", Label.OUT, "c", Label.IN),
        labels(framework("abc", "ab", "bc")), "a defeats b, which frees c");
  }

  @Test
  void labelling_evenCycle_isUndecided() {
    assertEquals(Map.of("a", Label.UNDEC, "b", Label.UNDEC), labels(framework("ab", "ab", "ba")),
        "grounded semantics is sceptical: it picks no side of a mutual attack");
  }

  @Test
  void labelling_oddCycle_isUndecided() {
    assertEquals(Map.of("a", Label.UNDEC, "b", Label.UNDEC, "c", Label.UNDEC),
        labels(framework("abc", "ab", "bc", "ca")));
  }

  @Test
  void labelling_selfAttack_isUndecided() {
    assertEquals(Map.of("a", Label.UNDEC), labels(framework("a", "aa")));
  }

  @Test
  void labelling_selfAttackerAttackedByUnattacked_isOut() {
    assertEquals(Map.of("a", Label.IN, "b", Label.OUT), labels(framework("ab", "ab", "bb")));
  }

  @Test
  void labelling_reinstatesAnArgumentWhoseAttackersAreAllDefeated() {
    assertEquals(Map.of("a", Label.IN, "b", Label.OUT, "c", Label.IN, "d", Label.OUT, "e", Label.IN),
        labels(framework("abcde", "ab", "bc", "dc", "ed")),
        "a defeats b and e defeats d: c's attackers are all out, so c is reinstated");
    assertEquals(Label.OUT, GROUNDED.labelling(framework("abcd", "ab", "bc", "dc")).label("c"),
        "c stays out while one attacker (d) is undefeated");
  }

  @Test
  void labelling_cycleAttackedFromOutside_isResolved() {
    assertEquals(Map.of("a", Label.OUT, "b", Label.IN, "c", Label.IN),
        labels(framework("abc", "ab", "ba", "ca")),
        "c defeats a, which reinstates b");
  }

  @Test
  void labelling_argumentAttackedOnlyByUndecided_isUndecided() {
    assertEquals(Map.of("a", Label.UNDEC, "b", Label.UNDEC, "c", Label.UNDEC),
        labels(framework("abc", "ab", "ba", "bc")));
  }

  @Test
  void sets_followTheFrameworksOrder() {
    Labelling<String> l = GROUNDED.labelling(framework("edcba", "ed", "dc", "cb", "ba"));
    assertEquals(List.of("a", "c", "e"), l.in());
    assertEquals(List.of("b", "d"), l.out());
    ArgumentationFramework<String> reversed = ArgumentationFramework.<String>builder(
            Comparator.reverseOrder())
        .addAttack("e", "d").addAttack("d", "c").addAttack("c", "b").addAttack("b", "a").build();
    assertEquals(List.of("e", "c", "a"), GROUNDED.labelling(reversed).in(), "the caller's order");
    assertEquals(List.of("e", "c", "a"), GROUNDED.extension(reversed));
  }

  @Test
  void label_ofUnknownArgument_fails() {
    Labelling<String> l = GROUNDED.labelling(framework("a"));
    assertThrows(IllegalArgumentException.class, () -> l.label("z"));
  }

  @Test
  void framework_keepsAttacksAsASet_inOrder() {
    ArgumentationFramework<String> f = framework("cba", "cb", "ab", "cb", "ba");
    assertEquals(List.of("a", "b", "c"), f.arguments());
    assertEquals(List.of(new Attack<>("a", "b"), new Attack<>("b", "a"), new Attack<>("c", "b")),
        f.attacks(), "declared twice, kept once; by attacker then target");
    assertEquals(List.of("a", "c"), f.attackers("b"));
    assertEquals(List.of("a"), f.targets("b"));
    assertTrue(f.attacks("c", "b"));
    assertFalse(f.attacks("b", "c"));
    assertEquals(framework("abc", "ba", "ab", "cb"), f, "equal whatever order they were added in");
  }

  @Test
  void framework_rejectsAnOrderThatRanksDifferentArgumentsAlike() {
    ArgumentationFramework.Builder<String> b =
        ArgumentationFramework.builder(Comparator.comparingInt(String::length));
    b.addArgument("a");
    assertThrows(IllegalArgumentException.class, () -> b.addArgument("b"));
  }

  @Test
  void framework_rejectsQuestionsAboutUnknownArguments() {
    ArgumentationFramework<String> f = framework("ab", "ab");
    assertThrows(IllegalArgumentException.class, () -> f.attackers("z"));
    assertThrows(IllegalArgumentException.class, () -> f.attacks("a", "z"));
  }
}
