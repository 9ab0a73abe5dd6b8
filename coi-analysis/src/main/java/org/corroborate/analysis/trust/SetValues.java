package org.corroborate.analysis.trust;

import java.util.HashSet;
import java.util.Set;

/**
 * Values that are sets written {@code a|b|c}, a {@code |} or backslash inside a member escaped by
 * a backslash ({@link EvidenceClaims#categoryValue}): their members and their Jaccard similarity.
 */
final class SetValues {

  private SetValues() {}

  /** The members of a set value, unescaped. O(length). */
  static Set<String> members(String set) {
    Set<String> out = new HashSet<>();
    StringBuilder member = new StringBuilder();
    for (int i = 0; i < set.length(); i++) {
      char ch = set.charAt(i);
      if (ch == '\\' && i + 1 < set.length()) {
        member.append(set.charAt(++i));
      } else if (ch == '|') {
        out.add(member.toString());
        member.setLength(0);
      } else {
        member.append(ch);
      }
    }
    out.add(member.toString());
    return out;
  }

  /** |A ∩ B| / |A ∪ B| of two set values, in [0, 1]. O(length of both). */
  static double jaccard(String a, String b) {
    Set<String> x = members(a);
    Set<String> y = members(b);
    int common = 0;
    for (String member : x) {
      common += y.contains(member) ? 1 : 0;
    }
    return (double) common / (x.size() + y.size() - common);
  }

  /** Whether the members of {@code a} are a proper subset of those of {@code b}. O(length). */
  static boolean properSubset(String a, String b) {
    Set<String> x = members(a);
    Set<String> y = members(b);
    return x.size() < y.size() && y.containsAll(x);
  }
}
