package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The position of each id in a list of items with distinct ids, as a table of primitive arrays:
 * open addressing with linear probing (Knuth, <i>The Art of Computer Programming</i>, vol. 3,
 * §6.4, Algorithm L) and Fibonacci hashing of {@link String#hashCode()} (ibid., §6.4,
 * multiplicative hashing). A slot holds a position plus one (0 when empty), the id's hash code and
 * the id itself, so a probe compares two ints and reads no item: a lookup touches the id of the
 * item it finds and nothing else, where reading each probed item's id would follow three
 * references, each a likely cache miss in a table of a million ids. No entry objects and no boxed
 * numbers, where a {@code HashMap<String, Integer>} of a million ids keeps two million objects for
 * the collector to trace. Built in O(n); a lookup takes O(1) expected time, the table being at
 * most half full. Immutable once built, so safe to read from several threads.
 *
 * @param <T> the type of the items
 */
final class IdPositions<T> {

  private final int[] slots;
  private final int[] hashes;
  private final String[] ids;
  private final int shift;

  /**
   * The positions of {@code items} by {@code id}.
   *
   * @throws IllegalArgumentException if two items have the same id
   */
  IdPositions(List<T> items, Function<T, String> id) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(id, "id");
    int bits = 1;
    while ((1L << bits) < 2L * Math.max(1, items.size())) {
      bits++;
    }
    this.slots = new int[1 << bits];
    this.hashes = new int[1 << bits];
    this.ids = new String[1 << bits];
    this.shift = 32 - bits;
    int mask = slots.length - 1;
    for (int i = 0; i < items.size(); i++) {
      String key = Objects.requireNonNull(id.apply(items.get(i)), "id");
      int hash = key.hashCode();
      int slot = slot(hash);
      while (slots[slot] != 0) {
        if (hashes[slot] == hash && ids[slot].equals(key)) {
          throw new IllegalArgumentException("two items share the id '" + key + "'");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
      hashes[slot] = hash;
      ids[slot] = key;
    }
  }

  /** The position of the item with id {@code key}, or -1 if none has it. */
  int positionOf(String key) {
    Objects.requireNonNull(key, "key");
    int hash = key.hashCode();
    int mask = slots.length - 1;
    for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash) {
        String found = ids[slot];
        if (found == key || found.equals(key)) {
          return slots[slot] - 1;
        }
      }
    }
    return -1;
  }

  private int slot(int hash) {
    // the golden ratio's 32-bit fraction; the top bits of the product index the table
    return (hash * 0x9E3779B9) >>> shift;
  }
}
