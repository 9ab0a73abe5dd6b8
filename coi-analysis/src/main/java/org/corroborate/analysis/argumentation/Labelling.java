package org.corroborate.analysis.argumentation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * A labelling of an {@link ArgumentationFramework}: each argument {@link Label#IN IN}, {@link
 * Label#OUT OUT} or {@link Label#UNDEC UNDEC} (Caminada, "On the issue of reinstatement in
 * argumentation", JELIA 2006, doi:10.1007/11853886_11).
 *
 * <p>Immutable; every list follows the framework's order of arguments. The three sets are
 * computed when the labelling is made, so each accessor takes O(1) time; the map of every label
 * by argument is built on the first request for it.
 *
 * @param <A> the type of the arguments
 */
public final class Labelling<A> {

  private final ImmutableList<A> arguments;
  /** {@code label[i]}: the label of the framework's {@code i}-th argument. */
  private final Label[] label;
  /** Every argument with its label, built on the first request. */
  private final Supplier<ImmutableMap<A, Label>> labels;
  private final ImmutableList<A> in;
  private final ImmutableList<A> out;
  private final ImmutableList<A> undecided;

  /** The labelling giving {@code labels[i]} to the {@code i}-th argument of {@code framework}. */
  Labelling(ArgumentationFramework<A> framework, Label[] labels) {
    ImmutableList<A> arguments = framework.arguments();
    checkArgument(labels.length == arguments.size(),
        "%s labels for %s arguments", labels.length, arguments.size());
    ImmutableList.Builder<A> inList = ImmutableList.builder();
    ImmutableList.Builder<A> outList = ImmutableList.builder();
    ImmutableList.Builder<A> undecList = ImmutableList.builder();
    for (int i = 0; i < labels.length; i++) {
      A argument = arguments.get(i);
      switch (Objects.requireNonNull(labels[i], "label")) {
        case IN -> inList.add(argument);
        case OUT -> outList.add(argument);
        case UNDEC -> undecList.add(argument);
      }
    }
    this.arguments = arguments;
    this.label = labels.clone();
    // the map by argument is built when first asked for: most callers read the three lists
    this.labels = Suppliers.memoize(this::map);
    this.in = inList.build();
    this.out = outList.build();
    this.undecided = undecList.build();
  }

  private ImmutableMap<A, Label> map() {
    ImmutableMap.Builder<A, Label> map = ImmutableMap.builderWithExpectedSize(label.length);
    for (int i = 0; i < label.length; i++) {
      map.put(arguments.get(i), label[i]);
    }
    return map.buildOrThrow();
  }

  /**
   * The label of {@code argument}: O(1) once {@link #labels()} is built.
   *
   * @throws IllegalArgumentException if {@code argument} is not labelled
   */
  public Label label(A argument) {
    Label found = labels().get(Objects.requireNonNull(argument, "argument"));
    checkArgument(found != null, "not an argument of the framework: %s", argument);
    return found;
  }

  /**
   * Every argument with its label, in the framework's order. Built on the first request, O(n),
   * then kept (thread-safely).
   */
  public ImmutableMap<A, Label> labels() {
    return labels.get();
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
    return o instanceof Labelling<?> other && labels().equals(other.labels());
  }

  @Override
  public int hashCode() {
    return labels().hashCode();
  }

  /** {@code Labelling[IN [a, c], OUT [b], UNDEC []]}. */
  @Override
  public String toString() {
    return "Labelling[IN " + in + ", OUT " + out + ", UNDEC " + undecided + "]";
  }
}
