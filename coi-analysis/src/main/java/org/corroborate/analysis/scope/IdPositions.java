package org.corroborate.analysis.scope;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The position of each id in a list of items with distinct ids, as a table of ints: open
 * addressing with linear probing (Knuth, <i>The Art of Computer Programming</i>, vol. 3, §6.4,
 * Algorithm L) and Fibonacci hashing of {@link String#hashCode()} (ibid., §6.4, multiplicative
 * hashing). A slot holds a position plus one, 0 when empty, and an id is compared with the id of
 * the item at the position it holds: no entry objects and no boxed numbers, where a {@code
 * HashMap<String, Integer>} of a million ids keeps two million objects for the collector to trace.
 * Built in O(n); a lookup takes O(1) expected time, the table being at most half full. Immutable
 * once built, so safe to read from several threads.
 *
 * @param <T> the type of the items
 */
final class IdPositions<T> {

  private final List<T> items;
  private final Function<T, String> id;
  private final int[] slots;
  private final int shift;

  /**
   * The positions of {@code items} by {@code id}.
   *
   * @throws IllegalArgumentException if two items have the same id
   */
  IdPositions(List<T> items, Function<T, String> id) {
    this.items = Objects.requireNonNull(items, "items");
    this.id = Objects.requireNonNull(id, "id");
    int bits = 1;
    while ((1L << bits) < 2L * Math.max(1, items.size())) {
      bits++;
    }
    this.slots = new int[1 << bits];
    this.shift = 32 - bits;
    int mask = slots.length - 1;
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      int slot = slot(key);
      while (slots[slot] != 0) {
        if (id.apply(items.get(slots[slot] - 1)).equals(key)) {
          throw new IllegalArgumentException("two items share the id '" + key + "'");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** The position of the item with this id, or -1 if none has it. */
  int positionOf(String key) {
    Objects.requireNonNull(key, "key");
    int mask = slots.length - 1;
    for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & mask) {
      int position = slots[slot] - 1;
      if (id.apply(items.get(position)).equals(key)) {
        return position;
      }
    }
    return -1;
  }

  private int slot(String key) {
    // the golden ratio's 32-bit fraction; the top bits of the product index the table
    return (key.hashCode() * 0x9E3779B9) >>> shift;
  }
}
