package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.function.Function;

/**
 * Elements of one kind in id order, found by id through a table of positions ({@link
 * IdPositions}): a plain list and three arrays, where an {@code ImmutableMap} keeps an entry object
 * per element — at a million assertions, two and a half million objects the collector traces on
 * every cycle. The table is built when an element is first looked up by id, and kept: an analysis
 * that reads elements by number never builds the tables of its largest kinds (at a million
 * assertions, 25 MB for the assertions, as much for their passages). Immutable to its readers, so
 * safe to read from several threads.
 *
 * @param <T> the type of the elements
 */
final class ById<T> {

  private final ImmutableList<T> elements;
  private final Function<T, String> id;
  /** The table, once built; read without a lock, built under this object's. */
  private volatile IdPositions<T> positions;

  /** The elements, which come with distinct ids, in id order. */
  ById(Collection<T> elements, Function<T, String> id) {
    this.elements = ImmutableList.copyOf(elements);
    this.id = id;
  }

  /** The table, built on first use and kept. */
  private IdPositions<T> positions() {
    IdPositions<T> table = positions;
    if (table == null) {
      synchronized (this) {
        table = positions;
        if (table == null) {
          table = new IdPositions<>(elements, id);
          positions = table;
        }
      }
    }
    return table;
  }

  /**
   * A table of the positions for one pass of lookups, not kept unless it was already built: for
   * resolving references once, when the evidence base is built, without holding the table of a
   * kind that is rarely looked up afterwards.
   */
  IdPositions<T> passingPositions() {
    IdPositions<T> table = positions;
    return table != null ? table : new IdPositions<>(elements, id);
  }

  /** The element with id {@code id}, or null if none has it. */
  T get(String id) {
    int at = positions().positionOf(id);
    return at < 0 ? null : elements.get(at);
  }

  /** The position of the element with id {@code id} in {@link #values()}, or -1. */
  int positionOf(String id) {
    return positions().positionOf(id);
  }

  boolean containsKey(String id) {
    return positions().positionOf(id) >= 0;
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
