package org.corroborate.analysis.argumentation;

import java.util.Objects;

/**
 * One pair of the attack relation of an {@link ArgumentationFramework}: {@code attacker} attacks
 * {@code target}. An argument may attack itself.
 *
 * @param <A> the type of the arguments
 * @param attacker the attacking argument
 * @param target the attacked argument
 */
public record Attack<A>(A attacker, A target) {

  /** Rejects null arguments. */
  public Attack {
    Objects.requireNonNull(attacker, "attacker");
    Objects.requireNonNull(target, "target");
  }

  /** {@code attacker → target}. */
  @Override
  public String toString() {
    return attacker + " → " + target;
  }
}
