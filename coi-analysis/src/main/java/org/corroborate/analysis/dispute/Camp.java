package org.corroborate.analysis.dispute;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.model.Category;
import org.corroborate.model.EvidenceBase;

/**
 * One side of a dispute.
 *
 * @param kind affirms, denies, a range of values, or one answer to a categorical proposition
 * @param value for a value camp, the interval all its values allow
 * @param unit for a value camp, the unit; empty otherwise
 * @param lines the camp's independent lines of evidence
 * @param weight the combined weight of the lines, in [0, 1]
 * @param category for a category camp, the answer its sources give; empty otherwise
 */
public record Camp(
    CampKind kind,
    Optional<Range<BigDecimal>> value,
    Optional<String> unit,
    ImmutableList<EvidenceLine> lines,
    double weight,
    Optional<Category> category) {

  /** A camp that affirms, denies or gives values: no category. */
  public Camp(
      CampKind kind, Optional<Range<BigDecimal>> value, Optional<String> unit,
      ImmutableList<EvidenceLine> lines, double weight) {
    this(kind, value, unit, lines, weight, Optional.empty());
  }

  /**
   * Rejects an empty camp, a value on a camp of another kind, a category on a camp of another
   * kind and a weight outside [0, 1].
   */
  public Camp {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(category, "category");
    lines = ImmutableList.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a camp holds at least one line");
    }
    if ((kind == CampKind.VALUE) != value.isPresent() || value.isPresent() != unit.isPresent()) {
      throw new IllegalArgumentException("a value camp, and only one, has a value and a unit");
    }
    if ((kind == CampKind.CATEGORY) != category.isPresent()) {
      throw new IllegalArgumentException("a category camp, and only one, has a category");
    }
    if (!(weight >= 0.0 && weight <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
    }
  }

  /**
   * The position in words: {@code AFFIRMS}, {@code DENIES}, the interval with its unit ({@code
   * [13, ∞) person}) or the category ({@code {army, navy}}).
   */
  public String label() {
    return switch (kind) {
      case AFFIRMS, DENIES -> kind.name();
      case VALUE -> ValueCamp.format(value.orElseThrow(), unit.orElseThrow());
      case CATEGORY -> category.orElseThrow().toString();
    };
  }

  /** The number of independent lines of evidence in the camp. */
  public int independentLines() {
    return lines.size();
  }

  /** The ids of the camp's sources, sorted. */
  public ImmutableSortedSet<String> sources() {
    return lines.stream().flatMap(l -> l.sources().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** The assertions of the camp, each once, in assertion-id order. */
  public ImmutableList<org.corroborate.model.Assertion> assertions() {
    return lines.stream()
        .flatMap(l -> l.bearings().stream())
        .map(org.corroborate.analysis.scope.Bearing::assertion)
        .distinct()
        .sorted(java.util.Comparator.comparing(org.corroborate.model.Assertion::id))
        .collect(ImmutableList.toImmutableList());
  }

  /** Where the camp's statements are written, in reading order, without repeats. */
  public ImmutableList<PassageReference> passages(EvidenceBase evidence) {
    return lines.stream()
        .flatMap(l -> l.bearings().stream())
        .flatMap(b -> b.assertion().passages().stream())
        .distinct()
        .map(p -> PassageReference.of(p, evidence))
        .sorted(PassageReference.READING_ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}
