package org.corroborate.analysis.argumentation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A labelling of an {@link ArgumentationFramework}: each argument {@link Label#IN IN}, {@link
 * Label#OUT OUT} or {@link Label#UNDEC UNDEC} (Caminada, "On the issue of reinstatement in
 * argumentation", JELIA 2006, doi:10.1007/11853886_11).
 *
 * <p>Immutable; every list follows the framework's order of arguments. The three sets are
 * computed when the labelling is made, so each accessor takes O(1) time.
 *
 * @param <A> the type of the arguments
 */
public final class Labelling<A> {

  private final ImmutableMap<A, Label> labels;
  private final ImmutableList<A> in;
  private final ImmutableList<A> out;
  private final ImmutableList<A> undecided;

  /** The labelling giving {@code labels[i]} to the {@code i}-th argument of {@code framework}. */
  Labelling(ArgumentationFramework<A> framework, Label[] labels) {
    ImmutableList<A> arguments = framework.arguments();
    checkArgument(labels.length == arguments.size(),
        "%s labels for %s arguments", labels.length, arguments.size());
    ImmutableMap.Builder<A, Label> map = ImmutableMap.builderWithExpectedSize(labels.length);
    ImmutableList.Builder<A> inList = ImmutableList.builder();
    ImmutableList.Builder<A> outList = ImmutableList.builder();
    ImmutableList.Builder<A> undecList = ImmutableList.builder();
    for (int i = 0; i < labels.length; i++) {
      A argument = arguments.get(i);
      Label label = Objects.requireNonNull(labels[i], "label");
      map.put(argument, label);
      switch (label) {
        case IN -> inList.add(argument);
        case OUT -> outList.add(argument);
        case UNDEC -> undecList.add(argument);
      }
    }
    this.labels = map.buildOrThrow();
    this.in = inList.build();
    this.out = outList.build();
    this.undecided = undecList.build();
  }

  /**
   * The label of {@code argument}.
   *
   * @throws IllegalArgumentException if {@code argument} is not labelled
   */
  public Label label(A argument) {
    Label label = labels.get(Objects.requireNonNull(argument, "argument"));
    checkArgument(label != null, "not an argument of the framework: %s", argument);
    return label;
  }

  /** Every argument with its label, in the framework's order. */
  public ImmutableMap<A, Label> labels() {
    return labels;
  }

  /** The arguments labelled {@code IN}: the accepted ones. */
  public ImmutableList<A> in() {
    return in;
  }

  /** The arguments labelled {@code OUT}: the rejected ones. */
  public ImmutableList<A> out() {
    return out;
  }

  /** The arguments labelled {@code UNDEC}: neither accepted nor rejected. */
  public ImmutableList<A> undecided() {
    return undecided;
  }

  /** Equal labellings give the same arguments the same labels. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Labelling<?> other && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  /** {@code Labelling[IN [a, c], OUT [b], UNDEC []]}. */
  @Override
  public String toString() {
    return "Labelling[IN " + in + ", OUT " + out + ", UNDEC " + undecided + "]";
  }
}
