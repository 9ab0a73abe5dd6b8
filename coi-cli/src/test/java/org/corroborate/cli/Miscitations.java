package org.corroborate.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.report.FootnoteMarker;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.LocatorKind;

/**
 * Miscitations made from a real report by rules, the way misreadings happen: a negation inserted
 * or removed, a figure changed, a footnote pointed at a paragraph of the same source about
 * something else. Applied to every footnote a rule applies to (not chosen by outcome); a seeded
 * {@link Random} picks among alternatives only (which new figure, which other paragraph).
 *
 * <p>A statement is mutated in the raw text between the footnote's marker and the marker or
 * paragraph start before it, on the marker's line; a footnote is retargeted in its own line.
 */
final class Miscitations {

  /** How a statement or footnote is changed. */
  enum Kind {
    /** "conscripts are posted" becomes "conscripts are not posted". */
    NEGATION_INSERTED,
    /** "are not posted" becomes "are posted"; "never" and "cannot" likewise. */
    NEGATION_REMOVED,
    /** A figure of the statement other than a year becomes another figure. */
    NUMBER_CHANGED,
    /** One cited paragraph becomes a paragraph of the same source on other topics only. */
    RETARGETED
  }

  /**
   * One change.
   *
   * @param kind the kind of change
   * @param footnote the footnote concerned
   * @param source for a retargeting, the id of the source retargeted; else empty
   * @param line the 0-based line changed
   * @param before the line before
   * @param after the line after
   */
  record Mutation(Kind kind, int footnote, Optional<String> source, int line, String before, String after) {}

  /** Where a sentence starts: after ". " before a capital; the statement's last one is changed. */
  private static final Pattern SENTENCE_START = Pattern.compile("(?<=[\\p{Ll}\\d)][.!?])\\s+(?=\\p{Lu})");
  private static final Pattern AUXILIARY = Pattern.compile(
      "(?<![\\p{L}])(is|are|was|were|can|could|would|will|should|may|might|must|do|does|did|has|have|had)"
          + "(?![\\p{L}'’])");
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?<![\\p{L}])(not|no|never|none|neither|nor|without|cannot|nobody|nothing|nowhere|denied"
          + "|denies|unable|lack|lacks|lacked|absence)(?![\\p{L}])|n['’]t(?![\\p{L}])");
  private static final Pattern REMOVABLE = Pattern.compile(
      "(?<![\\p{L}])(?:(not|never) |(cannot)(?![\\p{L}])|(\\p{L}+)n['’]t(?![\\p{L}]))");
  private static final Pattern FIGURE = Pattern.compile(
      "(?<![\\p{L}\\d.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d,.]\\d|[\\d/-])");
  private static final Pattern REFERENCE_BEFORE = Pattern.compile(
      "(?i)(?:section|chapter|annex|page|paragraph|footnote|article|no\\.|number|aged?|between|from|to|and)\\s*$");

  private Miscitations() {}

  /**
   * Every mutation of {@code kind} over the footnotes {@code eligible} admits (by number, in order),
   * on the lines of {@code lines}, the report {@code read} was read from.
   */
  static ImmutableList<Mutation> of(Kind kind, List<String> lines, IngestedReport read,
      EvidenceBase evidence, Predicate<Integer> eligible, long seed) {
    Random random = new Random(seed);
    List<Mutation> out = new ArrayList<>();
    for (FootnoteCitations f : read.citations().footnotes().values()) {
      if (!eligible.test(f.number())) {
        continue;
      }
      Optional<Mutation> m = switch (kind) {
        case NEGATION_INSERTED, NEGATION_REMOVED, NUMBER_CHANGED ->
            statement(kind, lines, read, f.number(), random);
        case RETARGETED -> retarget(lines, read, evidence, f, random);
      };
      m.ifPresent(out::add);
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The mutations in groups that can be applied together (at most one a line), each in order; a
   * mutation goes to the first group without its line.
   */
  static ImmutableList<ImmutableList<Mutation>> batches(List<Mutation> mutations) {
    List<List<Mutation>> groups = new ArrayList<>();
    List<Set<Integer>> used = new ArrayList<>();
    for (Mutation m : mutations) {
      int i = 0;
      while (i < groups.size() && used.get(i).contains(m.line())) {
        i++;
      }
      if (i == groups.size()) {
        groups.add(new ArrayList<>());
        used.add(new HashSet<>());
      }
      groups.get(i).add(m);
      used.get(i).add(m.line());
    }
    return groups.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /** The text with {@code mutations} applied; at most one a line. */
  static String apply(List<String> lines, List<Mutation> mutations) {
    List<String> copy = new ArrayList<>(lines);
    Set<Integer> done = new HashSet<>();
    for (Mutation m : mutations) {
      if (!done.add(m.line()) || !copy.get(m.line()).equals(m.before())) {
        throw new IllegalArgumentException("two mutations on line " + (m.line() + 1));
      }
      copy.set(m.line(), m.after());
    }
    return String.join("\n", copy) + "\n";
  }

  private static Optional<Mutation> statement(Kind kind, List<String> lines, IngestedReport read,
      int footnote, Random random) {
    Optional<FootnoteMarker> marker = read.report().markerOf(footnote);
    if (marker.isEmpty()) {
      return Optional.empty();
    }
    int index = marker.get().line() - 1;
    String line = lines.get(index);
    int end = line.indexOf("<sup>" + footnote + "</sup>");
    if (end < 0) {
      return Optional.empty();
    }
    int previous = line.lastIndexOf("</sup>", end);
    int segmentStart = previous < 0 ? 0 : previous + "</sup>".length();
    Matcher sentence = SENTENCE_START.matcher(line).region(segmentStart, end);
    int lastSentence = segmentStart;
    while (sentence.find()) {
      lastSentence = sentence.end();
    }
    int start = lastSentence;
    String segment = line.substring(start, end);
    if (segment.strip().length() < 20) {
      // a last sentence this short is a fragment
      return Optional.empty();
    }
    Optional<String> changed = switch (kind) {
      case NEGATION_INSERTED -> insertNegation(segment);
      case NEGATION_REMOVED -> removeNegation(segment);
      case NUMBER_CHANGED -> changeFigure(segment, random);
      case RETARGETED -> throw new IllegalStateException("not a statement mutation");
    };
    return changed.map(s -> new Mutation(kind, footnote, Optional.empty(), index, line,
        line.substring(0, start) + s + line.substring(end)));
  }

  private static Optional<String> insertNegation(String segment) {
    if (CUE.matcher(segment).find()) {
      return Optional.empty();
    }
    Matcher m = AUXILIARY.matcher(segment);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(segment.substring(0, m.end()) + " not" + segment.substring(m.end()));
  }

  private static Optional<String> removeNegation(String segment) {
    Matcher cues = CUE.matcher(segment);
    int count = 0;
    while (cues.find()) {
      count++;
    }
    Matcher m = REMOVABLE.matcher(segment);
    if (count != 1 || !m.find()) {
      return Optional.empty();
    }
    String replacement = m.group(1) != null ? "" : m.group(2) != null ? "can" : fixAuxiliary(m.group(3));
    return Optional.of(segment.substring(0, m.start()) + replacement + segment.substring(m.end()));
  }

  /** "don" (of "don't") is "do", "won" is "will", "can" (of "can't") is "can". */
  private static String fixAuxiliary(String stem) {
    return switch (stem.toLowerCase(java.util.Locale.ROOT)) {
      case "won" -> "will";
      case "ca" -> "can";
      case "sha" -> "shall";
      default -> stem;
    };
  }

  private static Optional<String> changeFigure(String segment, Random random) {
    Matcher m = FIGURE.matcher(segment);
    while (m.find()) {
      String before = segment.substring(Math.max(0, m.start() - 12), m.start());
      long n = Long.parseLong(m.group(1).replace(",", ""));
      if (REFERENCE_BEFORE.matcher(before).find() || (n >= 1900 && n <= 2099) || n == 0) {
        continue;
      }
      long changed = switch (random.nextInt(3)) {
        case 0 -> n * 2;
        case 1 -> n * 3;
        default -> n + Math.max(1, n / 2);
      };
      if (changed >= 1900 && changed <= 2099) {
        changed = n * 5;
      }
      String written = m.group(1).contains(",") ? String.format(java.util.Locale.ROOT, "%,d", changed)
          : Long.toString(changed);
      return Optional.of(segment.substring(0, m.start()) + written + segment.substring(m.end()));
    }
    return Optional.empty();
  }

  /**
   * Points the first citation of one paragraph of {@code f} at a paragraph of the same source at
   * least three places away whose assertions share no topic with those of the cited one.
   */
  private static Optional<Mutation> retarget(List<String> lines, IngestedReport read,
      EvidenceBase evidence, FootnoteCitations f, Random random) {
    for (InterviewCitation c : f.citations()) {
      if (c.source().isEmpty() || c.numbers().size() != 1 || evidence.source(c.source().get()).isEmpty()) {
        continue;
      }
      String source = c.source().get();
      int cited = c.numbers().get(0);
      Set<String> citedTopics = topics(evidence, source, cited);
      if (citedTopics.isEmpty()) {
        continue;
      }
      List<Integer> others = evidence.assertionsBy(source).stream()
          .flatMap(a -> a.passages().stream()).distinct()
          .map(p -> number(evidence, p)).filter(Optional::isPresent).map(Optional::get)
          .filter(n -> Math.abs(n - cited) >= 3)
          .filter(n -> {
            Set<String> t = topics(evidence, source, n);
            return !t.isEmpty() && t.stream().noneMatch(citedTopics::contains);
          })
          .distinct().sorted().collect(Collectors.toList());
      if (others.isEmpty()) {
        continue;
      }
      int target = others.get(random.nextInt(others.size()));
      int index = f.line() - 1;
      String line = lines.get(index);
      Matcher m = Pattern.compile(Pattern.quote(c.surface()) + "([^0-9]{0,4})" + cited + "(?!\\d)").matcher(line);
      if (!m.find()) {
        continue;
      }
      String after = line.substring(0, m.start()) + c.surface() + m.group(1) + target + line.substring(m.end());
      return Optional.of(new Mutation(Kind.RETARGETED, f.number(), Optional.of(source), index, line, after));
    }
    return Optional.empty();
  }

  private static Optional<Integer> number(EvidenceBase evidence, String passage) {
    return evidence.passage(passage).map(p -> p.locator())
        .filter(l -> l.kind() == LocatorKind.PARAGRAPH && l.occurrence() == 1 && l.value().matches("\\d+"))
        .map(l -> Integer.parseInt(l.value()));
  }

  private static Set<String> topics(EvidenceBase evidence, String source, int paragraph) {
    Set<String> out = new HashSet<>();
    for (Assertion a : evidence.assertionsBy(source)) {
      if (a.passages().stream().anyMatch(p -> number(evidence, p).equals(Optional.of(paragraph)))) {
        evidence.proposition(a.proposition()).ifPresent(p -> out.add(p.topic()));
      }
    }
    return out;
  }
}
