package org.corroborate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.corroborate.analysis.argumentation.ArgumentationFramework;
import org.corroborate.analysis.argumentation.GroundedLabelling;
import org.corroborate.analysis.argumentation.Labelling;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Grounded semantics on the same seeded random framework (arguments, three attacks per argument):
 * ours, linear time, against TweetyProject's {@code SimpleGroundedReasoner}, which iterates the
 * characteristic function.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroundedBenchmark {

  /** Arguments in the framework; attacks are three times as many. */
  @Param({"20000"})
  public int arguments;

  private ArgumentationFramework<Integer> framework;
  private DungTheory theory;

  /** Builds both representations of the same framework. */
  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(7);
    ArgumentationFramework.Builder<Integer> ours = ArgumentationFramework.builder();
    theory = new DungTheory();
    List<Argument> tweety = new ArrayList<>(arguments);
    for (int a = 0; a < arguments; a++) {
      ours.addArgument(a);
      Argument argument = new Argument("a" + a);
      tweety.add(argument);
      theory.add(argument);
    }
    for (int k = 0; k < 3 * arguments; k++) {
      int attacker = random.nextInt(arguments);
      int target = random.nextInt(arguments);
      ours.addAttack(attacker, target);
      theory.add(new Attack(tweety.get(attacker), tweety.get(target)));
    }
    framework = ours.build();
  }

  /** Our linear-time grounded labelling. */
  @Benchmark
  public Labelling<Integer> corroborate() {
    return new GroundedLabelling().labelling(framework);
  }

  /** TweetyProject's grounded reasoner on the same framework. */
  @Benchmark
  public Extension<DungTheory> tweety() {
    return new SimpleGroundedReasoner().getModel(theory);
  }
}
