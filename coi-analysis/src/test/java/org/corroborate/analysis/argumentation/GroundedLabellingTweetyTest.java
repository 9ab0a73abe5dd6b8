package org.corroborate.analysis.argumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Cross-checks the grounded extension against an independent implementation, TweetyProject's
 * {@code SimpleGroundedReasoner}, which iterates the characteristic function.
 */
final class GroundedLabellingTweetyTest {

  private static final int FRAMEWORKS = 300;
  private static final int MAX_ARGUMENTS = 60;

  @Test
  void groundedExtension_agreesWithTweetyProject_onRandomFrameworks() {
    Random random = new Random(1995L);
    GroundedLabelling grounded = new GroundedLabelling();
    SimpleGroundedReasoner tweety = new SimpleGroundedReasoner();
    int withUndecided = 0;
    int withOut = 0;
    int larger = 0;
    for (int k = 0; k < FRAMEWORKS; k++) {
      ArgumentationFramework<Integer> f = Frameworks.random(random, MAX_ARGUMENTS);
      DungTheory theory = new DungTheory();
      Map<Integer, Argument> arguments = new HashMap<>();
      for (Integer a : f.arguments()) {
        Argument argument = new Argument("a" + a);
        arguments.put(a, argument);
        theory.add(argument);
      }
      for (org.corroborate.analysis.argumentation.Attack<Integer> a : f.attacks()) {
        theory.add(new Attack(arguments.get(a.attacker()), arguments.get(a.target())));
      }
      Extension<DungTheory> expected = tweety.getModel(theory);
      Set<String> expectedNames = new TreeSet<>();
      for (Argument a : expected) {
        expectedNames.add(a.getName());
      }
      Labelling<Integer> labelling = grounded.labelling(f);
      Set<String> actualNames = new TreeSet<>();
      labelling.in().forEach(a -> actualNames.add("a" + a));
      assertEquals(expectedNames, actualNames, "framework " + k + ": " + f);
      withUndecided += labelling.undecided().isEmpty() ? 0 : 1;
      withOut += labelling.out().isEmpty() ? 0 : 1;
      larger += f.arguments().size() >= MAX_ARGUMENTS / 2 ? 1 : 0;
    }
    assertTrue(withUndecided >= FRAMEWORKS / 10, "too few frameworks with UNDEC: " + withUndecided);
    assertTrue(withOut >= FRAMEWORKS / 10, "too few frameworks with OUT: " + withOut);
    assertTrue(larger >= FRAMEWORKS / 4, "too few frameworks of 30 or more arguments: " + larger);
  }
}
