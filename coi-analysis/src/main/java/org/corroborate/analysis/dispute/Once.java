package org.corroborate.analysis.dispute;

import com.google.common.base.Supplier;
import java.util.Objects;

/**
 * A value found on the first request, once whatever the number of threads asking, then kept
 * (double-checked locking on a volatile field, as in Bloch, <i>Effective Java</i>, 3rd ed., item
 * 83). One object, locking on itself, where Guava's memoizing supplier keeps a lock object beside
 * it: a large analysis makes one per dispute and near-miss, most never read. The supplier is
 * dropped once it has answered, so what it captured can be collected.
 *
 * @param <T> the type of the value
 */
final class Once<T> implements Supplier<T> {

  private Supplier<? extends T> find;
  private volatile T value;

  private Once(Supplier<? extends T> find, T value) {
    this.find = find;
    this.value = value;
  }

  /** The value {@code find} gives on the first request; it must not give null. */
  static <T> Once<T> found(Supplier<? extends T> find) {
    return new Once<>(Objects.requireNonNull(find, "find"), null);
  }

  /** A value known already. */
  static <T> Once<T> of(T value) {
    return new Once<>(null, Objects.requireNonNull(value, "value"));
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = Objects.requireNonNull(find.get(), "a value found once");
          value = known;
          find = null;
        }
      }
    }
    return known;
  }
}
