package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.report.BodyParagraph;
import org.corroborate.ingest.report.Minutes;
import org.corroborate.ingest.report.ParsedReport;
import org.corroborate.model.Slug;
import org.corroborate.model.SourceKind;

/**
 * The interview sources of a report, one per minutes section, and the rules that match a name as
 * a footnote writes it to one of them ({@link #match}).
 *
 * <p>Immutable and thread-safe. Building takes time linear in the size of the minutes headings and
 * the alias file; {@link #match} takes O(s·n²) for s sources and names of length n.
 */
public final class SourceRegistry {

  /**
   * The largest edit distance accepted for a typo, as a share of the registered name's length: at
   * 0.15 a 19-letter name ("Pskovskaya Gubernia") may differ in two letters, a 10-letter name in
   * one. Names shorter than {@link #TYPO_MIN_LENGTH} are never corrected.
   */
  public static final double TYPO_MAX_DISTANCE_RATIO = 0.15;

  /** The shortest registered name, in characters, that a typo is corrected to. */
  public static final int TYPO_MIN_LENGTH = 6;

  private static final List<Map.Entry<Pattern, SourceKind>> KIND_WORDS = List.of(
      Map.entry(word("lawyer|lawyers|attorney|advocate"), SourceKind.LAWYER),
      Map.entry(word("journalist|reporter|editor"), SourceKind.JOURNALIST),
      Map.entry(word("human rights"), SourceKind.HUMAN_RIGHTS_DEFENDER),
      Map.entry(word("ngo|non-governmental|non-profit|nonprofit|charity"), SourceKind.NGO),
      Map.entry(word("professor|lecturer|university|researcher|academic|scholar"),
          SourceKind.ACADEMIC),
      Map.entry(word("think tank|institute"), SourceKind.THINK_TANK),
      Map.entry(word("media|newspaper|outlet|news agency|broadcaster|magazine"),
          SourceKind.MEDIA_OUTLET),
      Map.entry(word("ministry|government|authority|embassy"), SourceKind.GOVERNMENT),
      Map.entry(word("united nations|unhcr|international organi[sz]ation"),
          SourceKind.INTERNATIONAL_ORGANISATION));

  /** A contents entry announcing minutes: {@code Meeting with Name ….. 65}. */
  private static final Pattern ANNOUNCED = Pattern.compile(
      "^[#*\\s]*" + Pattern.quote(org.corroborate.ingest.report.ReportParser.MINUTES_HEADING_WORDS)
          + ":?\\s+(.+?)[\\s*]*\\.{4,}.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final ImmutableList<RegisteredSource> sources;
  private final ImmutableList<Diagnostic> diagnostics;
  /** Names the report's contents announce minutes for but that have none, by key, with the line. */
  private final ImmutableMap<String, Integer> announcedWithoutMinutes;
  private final ImmutableMap<String, ImmutableList<String>> contextWords;
  /** The compared forms of each source's names, in the order of {@link #sources}. */
  private final ImmutableList<Keys> keys;

  /**
   * A source's name and aliases in the form {@link #match} compares, computed once: the key of its
   * name, the words of that key, and the key of every alias.
   */
  private record Keys(String name, ImmutableList<String> nameWords, ImmutableList<String> aliases) {
    static Keys of(RegisteredSource s) {
      String name = Names.key(s.name());
      return new Keys(name, Names.words(name),
          s.aliases().stream().map(Names::key).collect(ImmutableList.toImmutableList()));
    }
  }

  private SourceRegistry(ImmutableList<RegisteredSource> sources, ImmutableList<Diagnostic> diagnostics,
      ImmutableMap<String, ImmutableList<String>> contextWords,
      ImmutableMap<String, Integer> announcedWithoutMinutes) {
    this.announcedWithoutMinutes = announcedWithoutMinutes;
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.contextWords = contextWords;
    this.keys = sources.stream().map(Keys::of).collect(ImmutableList.toImmutableList());
  }

  private static Pattern word(String alternatives) {
    return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** The registry of {@code report}'s minutes without an alias file. */
  public static SourceRegistry of(ParsedReport report) {
    try {
      return of(report, AliasFile.empty());
    } catch (ReportParseException e) {
      throw new AssertionError("an empty alias file names no source", e);
    }
  }

  /**
   * The registry of {@code report}'s minutes completed by {@code aliases}.
   *
   * @throws ReportParseException if the alias file names a source that has no minutes, or gives
   *     an alias already taken by another source (line 1 of the alias file: the statement's line
   *     is not kept)
   */
  public static SourceRegistry of(ParsedReport report, AliasFile aliases) throws ReportParseException {
    List<RegisteredSource> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, ImmutableList<String>> context = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Minutes m : report.minutes()) {
      String full = m.interlocutor();
      int comma = full.indexOf(',');
      String name = (comma > 0 ? full.substring(0, comma) : full).strip();
      if (!name.isEmpty()) {
        name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      }
      String id;
      try {
        id = Slug.of(name);
      } catch (IllegalArgumentException e) {
        id = "source-" + (out.size() + 1);
        problems.add(Diagnostic.atLine(DiagnosticCode.SOURCE_WITHOUT_ID, m.line(), m.heading(),
            "the minutes heading gives no name to make an id from; the source is called " + id));
      }
      if (!ids.add(id)) {
        String base = id;
        int k = 2;
        while (!ids.add(base + "-" + k)) {
          k++;
        }
        id = base + "-" + k;
        problems.add(Diagnostic.atLine(DiagnosticCode.DUPLICATE_SOURCE, m.line(), m.heading(),
            "a second minutes section names '" + name + "'; it is registered as " + id));
      }
      Optional<SourceKind> kind = kindOf(full);
      if (kind.isEmpty()) {
        kind = m.description().flatMap(SourceRegistry::kindOf);
      }
      String finalId = id;
      String finalName = name;
      Optional<SourceKind> given = Optional.ofNullable(aliases.kinds().get(name))
          .or(() -> Optional.ofNullable(aliases.kinds().get(finalId)));
      if (given.isPresent()) {
        kind = given;
      }
      if (kind.isEmpty()) {
        problems.add(Diagnostic.atLine(DiagnosticCode.SOURCE_KIND_UNKNOWN, m.line(), m.heading(),
            "no word of the heading or description of the minutes of " + name
                + " tells what kind of source it is; give it in the alias file"));
      }
      List<String> own = new ArrayList<>(aliases.aliases().get(name));
      if (!name.equals(id)) {
        own.addAll(aliases.aliases().get(id));
      }
      out.add(new RegisteredSource(id, finalName, m.heading(), kind, ImmutableList.copyOf(own), m));
      List<String> words = new ArrayList<>(Names.words(full));
      m.description().ifPresent(d -> words.addAll(Names.words(d)));
      context.put(id, ImmutableList.copyOf(words));
    }
    Set<String> known = new HashSet<>();
    for (RegisteredSource s : out) {
      known.add(s.id());
      known.add(s.name());
    }
    for (String named : aliases.aliases().keySet()) {
      if (!known.contains(named)) {
        throw new ReportParseException(1, "the alias file names '" + named
            + "', which is neither the name nor the id of a source with minutes");
      }
    }
    for (String named : aliases.kinds().keySet()) {
      if (!known.contains(named)) {
        throw new ReportParseException(1, "the alias file gives a kind for '" + named
            + "', which is neither the name nor the id of a source with minutes");
      }
    }
    SourceRegistry provisional = new SourceRegistry(
        ImmutableList.copyOf(out), ImmutableList.of(), ImmutableMap.copyOf(context), ImmutableMap.of());
    Map<String, Integer> missing = new LinkedHashMap<>();
    for (BodyParagraph b : report.body()) {
      Matcher a = ANNOUNCED.matcher(b.text());
      if (!a.matches()) {
        continue;
      }
      String announced = a.group(1).strip();
      String shortName = announced.split(",", 2)[0].strip();
      if (provisional.match(announced).isEmpty() && provisional.match(shortName).isEmpty()
          && missing.putIfAbsent(Names.key(shortName), b.line()) == null) {
        problems.add(Diagnostic.atLine(DiagnosticCode.MINUTES_MISSING, b.line(), b.text(),
            "the contents announce the minutes of the meeting with " + shortName
                + ", but the report holds no such minutes"));
      }
    }
    return new SourceRegistry(ImmutableList.copyOf(out), ImmutableList.copyOf(problems),
        ImmutableMap.copyOf(context), ImmutableMap.copyOf(missing));
  }

  /**
   * The line of the contents entry that announces minutes of {@code written} when the report
   * holds none of that name (the annex of minutes left out, a section lost); empty otherwise.
   * O(announced names).
   */
  public Optional<Integer> announcedWithoutMinutes(String written) {
    String key = Names.key(written);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Integer exact = announcedWithoutMinutes.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<String> words = Names.words(key);
    for (Map.Entry<String, Integer> e : announcedWithoutMinutes.entrySet()) {
      List<String> announced = Names.words(e.getKey());
      if (words.size() >= 2 && java.util.Collections.indexOfSubList(announced, words) >= 0) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The kind the words of {@code text} name, by the first rule that applies. */
  static Optional<SourceKind> kindOf(String text) {
    for (Map.Entry<Pattern, SourceKind> rule : KIND_WORDS) {
      if (rule.getKey().matcher(text).find()) {
        return Optional.of(rule.getValue());
      }
    }
    return Optional.empty();
  }

  /** The sources in the order of their minutes. */
  public ImmutableList<RegisteredSource> sources() {
    return sources;
  }

  /** Problems met while registering: duplicate names, names without id, unknown kinds. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The source with id {@code id}, if registered. */
  public Optional<RegisteredSource> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Matches a name as a footnote writes it, trying the rules of {@link NameMatch.How} in order;
   * a rule that fits more than one source matches none. Empty when no rule matches.
   */
  public Optional<NameMatch> match(String written) {
    String key = Names.key(written);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = Names.words(key);
    for (NameMatch.How how : NameMatch.How.values()) {
      List<NameMatch> found = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        matchOne(sources.get(i), keys.get(i), key, words, how).ifPresent(found::add);
      }
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      if (found.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether {@code written} is exactly a registered name or alias file alias. */
  public Optional<RegisteredSource> exactly(String written) {
    return match(written)
        .filter(m -> m.how() == NameMatch.How.EXACT || m.how() == NameMatch.How.USER_ALIAS)
        .map(NameMatch::source);
  }

  private Optional<NameMatch> matchOne(
      RegisteredSource s, Keys k, String key, List<String> words, NameMatch.How how) {
    String name = k.name();
    switch (how) {
      case EXACT:
        return key.equals(name) ? Optional.of(new NameMatch(s, how, s.name())) : Optional.empty();
      case USER_ALIAS:
        for (int i = 0; i < s.aliases().size(); i++) {
          if (key.equals(k.aliases().get(i))) {
            return Optional.of(new NameMatch(s, how, s.aliases().get(i)));
          }
        }
        return Optional.empty();
      case DESCRIBED: {
        List<String> nameWords = k.nameWords();
        int at = java.util.Collections.indexOfSubList(words, nameWords);
        if (at < 0 || words.size() == nameWords.size()) {
          return Optional.empty();
        }
        List<String> extra = new ArrayList<>(words.subList(0, at));
        extra.addAll(words.subList(at + nameWords.size(), words.size()));
        return contextWords.get(s.id()).containsAll(extra)
            ? Optional.of(new NameMatch(s, how, s.name())) : Optional.empty();
      }
      case SHORTENED: {
        List<String> nameWords = k.nameWords();
        return words.size() >= 2 && words.size() < nameWords.size()
            && nameWords.subList(0, words.size()).equals(words)
            ? Optional.of(new NameMatch(s, how, s.name())) : Optional.empty();
      }
      case TYPO: {
        for (int i = -1; i < s.aliases().size(); i++) {
          String c = i < 0 ? s.name() : s.aliases().get(i);
          String ck = i < 0 ? name : k.aliases().get(i);
          if (ck.length() < TYPO_MIN_LENGTH) {
            continue;
          }
          int limit = (int) Math.floor(ck.length() * TYPO_MAX_DISTANCE_RATIO);
          if (limit >= 1 && Names.distance(key, ck, limit) <= limit) {
            return Optional.of(new NameMatch(s, how, c));
          }
        }
        return Optional.empty();
      }
    }
    throw new AssertionError(how);
  }
}
