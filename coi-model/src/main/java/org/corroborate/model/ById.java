package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.function.Function;

/**
 * Elements of one kind in id order, found by id through a table of positions ({@link
 * IdPositions}): a plain list and three arrays, where an {@code ImmutableMap} keeps an entry object
 * per element — at a million assertions, two and a half million objects the collector traces on
 * every cycle. Immutable, so safe to read from several threads.
 *
 * @param <T> the type of the elements
 */
final class ById<T> {

  private final ImmutableList<T> elements;
  private final IdPositions<T> positions;

  /** The elements, which come with distinct ids, in id order. */
  ById(Collection<T> elements, Function<T, String> id) {
    this.elements = ImmutableList.copyOf(elements);
    this.positions = new IdPositions<>(this.elements, id);
  }

  /** The element with id {@code id}, or null if none has it. */
  T get(String id) {
    int at = positions.positionOf(id);
    return at < 0 ? null : elements.get(at);
  }

  /** The position of the element with id {@code id} in {@link #values()}, or -1. */
  int positionOf(String id) {
    return positions.positionOf(id);
  }

  boolean containsKey(String id) {
    return positions.positionOf(id) >= 0;
  }

  /** Every element, in id order. */
  ImmutableList<T> values() {
    return elements;
  }

  int size() {
    return elements.size();
  }

  /** Equal when the elements are: the ids follow from them. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ById<?> other && elements.equals(other.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }
}
