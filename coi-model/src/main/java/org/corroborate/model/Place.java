package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Objects;

/**
 * A place in the gazetteer. Places form a containment DAG, not a tree: a place may lie inside
 * several others. Crimea lies inside "Ukraine (internationally recognised)" and inside "territory
 * Russia claims"; Kursk oblast inside Russia and inside "Russian regions bordering Ukraine".
 *
 * @param id the place's slug
 * @param name the place's name
 * @param parents the ids of the places that directly contain it, in id order
 */
public record Place(String id, String name, ImmutableSortedSet<String> parents) {

  /** Validates every part; a place cannot contain itself. */
  public Place {
    Slug.require(id, "place id");
    name = Wording.require(name, "place name");
    Objects.requireNonNull(parents, "place parents");
    parents = ImmutableSortedSet.copyOf(parents);
    for (String parent : parents) {
      Slug.require(parent, "place parent");
    }
    checkArgument(!parents.contains(id), "place '%s' cannot contain itself", id);
  }

  /** A place inside the given places (none for a top-level place). */
  public static Place of(String id, String name, String... parents) {
    return new Place(id, name, ImmutableSortedSet.copyOf(Arrays.asList(parents)));
  }
}
