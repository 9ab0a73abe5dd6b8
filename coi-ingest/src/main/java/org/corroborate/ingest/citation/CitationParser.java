package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.report.Footnote;
import org.corroborate.ingest.report.FootnoteMarker;
import org.corroborate.ingest.report.MinutesParagraph;
import org.corroborate.ingest.report.ParsedReport;

/**
 * Reads every footnote of a report into interview citations, written-source references and notes.
 *
 * <p>A footnote is cut into parts at semicolons (outside brackets, emphasis and guillemets). A part
 * that starts with a name the {@link SourceRegistry} matches, followed by paragraph numbers after
 * any separator ({@code ": "}, {@code ":"}, {@code ","}, none), is an interview citation; several
 * citations may follow one another after commas. Paragraph lists take commas, {@code +} and ranges
 * with any spacing ({@code 27- 29}, {@code 41 -42}, {@code 27, -29}). A name without paragraphs
 * takes the paragraphs of the next part when that part is nothing but numbers ({@code Novaya
 * Gazeta; 31}). A part whose first words name a source but go on with a title is a written source
 * by that outlet, not its interview. A written reference may end with a citation after a comma. A
 * part that names a source in running prose is a note, reported. A source the contents announce
 * ({@code Meeting with …}) but whose minutes are missing is read like a registered one, alone, with
 * paragraphs or after a written reference, and each such citation is reported.
 *
 * <p>A cited number that occurs more than once in the source's minutes is resolved by comparing
 * the content words of the statement the footnote supports with each occurrence: the best
 * occurrence is chosen when its share of the statement's words exceeds the runner-up's by {@link
 * #OCCURRENCE_MARGIN} and is at least {@link #OCCURRENCE_MIN_SHARE}.
 *
 * <p>Stateless and thread-safe. Runs in time linear in the total length of the footnotes times the
 * number of sources.
 */
public final class CitationParser {

  /** The lead in content-word share the chosen occurrence of a repeated number must have. */
  public static final double OCCURRENCE_MARGIN = 0.15;

  /** The least share of the statement's content words the chosen occurrence must hold. */
  public static final double OCCURRENCE_MIN_SHARE = 0.2;

  /** The longest part before a semicolon that is taken to be the start of a title cut by it. */
  static final int MAX_CUT_TITLE = 40;

  /** The longest paragraph range expanded; a longer one is reported as invalid. */
  public static final int MAX_RANGE = 40;

  private static final Pattern NAME =
      Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’&\\-]*");
  private static final String NUMBER = "\\d{1,4}";
  private static final String OPERATOR = "(?:\\s*,\\s*-\\s*|\\s*[-–+]\\s*|\\s*,\\s*)";
  private static final Pattern SEPARATOR_AND_LIST = Pattern.compile(
      "^(\\s*:\\s*|\\s*,\\s*|\\s*;\\s*|\\s*)(" + NUMBER + "(?:" + OPERATOR + NUMBER + ")*)(?!\\d)");
  private static final Pattern LIST_ONLY =
      Pattern.compile("^\\s*(" + NUMBER + "(?:" + OPERATOR + NUMBER + ")*)\\s*\\.?\\s*$");
  private static final Pattern LIST_PART = Pattern.compile("(" + NUMBER + ")|(" + OPERATOR + ")");
  private static final Pattern END = Pattern.compile("^[\\s.*]*$");
  private static final Pattern NEXT = Pattern.compile("^\\s*,\\s*");
  private static final Pattern TAIL_CITATION = Pattern.compile(
      ",\\s*([\\p{L}][^,;:]{1,80}?)\\s*:\\s*(" + NUMBER + "(?:" + OPERATOR + NUMBER + ")*)\\s*\\.?\\s*$");
  private static final Pattern URL = Pattern.compile("<?(https?://[^\\s>)\\]]+)>?");
  private static final Pattern LINKED = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern REFERENCE_END = Pattern.compile(
      "(?:\\b(?:19|20)\\d{2}|\\[?undated\\]?|no date|n\\.d\\.)\\W*$");
  private static final Pattern STARTS_LIKE_REFERENCE = Pattern.compile("^[^,;:<]{1,60}, ");
  private static final Pattern WRITTEN_SIGNS = Pattern.compile(
      "\\[url|https?://|\\*[^*]+\\*|«|\\[undated\\]|\\bn\\.d\\.|\\b(19|20)\\d{2}\\b");
  private static final ImmutableSet<String> STOP_WORDS = ImmutableSet.of(
      "that", "this", "these", "those", "with", "from", "have", "been", "were", "which", "their",
      "there", "they", "them", "than", "then", "also", "into", "only", "such", "some", "more", "most",
      "will", "would", "could", "should", "about", "according", "source", "sources", "said",
      "stated", "does", "other", "when", "what", "where", "while", "being", "after", "before");

  /** Creates a parser. Parsers hold no state. */
  public CitationParser() {}

  /** Reads every footnote of {@code report} against {@code registry}. */
  public Citations parse(ParsedReport report, SourceRegistry registry) {
    Map<Integer, String> statements = new HashMap<>();
    for (FootnoteMarker m : report.markers()) {
      statements.putIfAbsent(m.number(), m.statement()); // the first marker, as markerOf gives it
    }
    ImmutableList<NamedInProse> prose = NamedInProse.of(registry);
    List<String> references = new ArrayList<>();
    for (Footnote f : report.footnotes().values()) {
      split(f.text()).forEach(p -> references.add(p.strip()));
    }
    WrittenReferenceReader reader = WrittenReferenceReader.knowing(references);
    Map<Integer, FootnoteCitations> out = new TreeMap<>();
    for (Footnote f : report.footnotes().values()) {
      String statement = statements.getOrDefault(f.number(), "");
      out.put(f.number(), new One(f, statement, registry, prose, reader).read());
    }
    return new Citations(ImmutableSortedMap.copyOf(out));
  }

  /** Reads one footnote text on its own; the statement helps resolve repeated paragraph numbers. */
  public FootnoteCitations parse(Footnote footnote, String statement, SourceRegistry registry) {
    return new One(footnote, statement, registry, NamedInProse.of(registry),
        WrittenReferenceReader.standalone()).read();
  }

  /**
   * A source with the patterns that find its name or one of its aliases in running prose, as a
   * whole word in any case; compiled once per parse.
   */
  private record NamedInProse(RegisteredSource source, ImmutableList<Pattern> names) {
    static ImmutableList<NamedInProse> of(SourceRegistry registry) {
      ImmutableList.Builder<NamedInProse> out = ImmutableList.builder();
      for (RegisteredSource s : registry.sources()) {
        List<String> names = new ArrayList<>();
        names.add(s.name());
        names.addAll(s.aliases());
        out.add(new NamedInProse(s, names.stream()
            .map(n -> Pattern.compile("(?iu)(?<![\\p{L}\\p{Nd}])" + Pattern.quote(n) + "(?![\\p{L}\\p{Nd}])"))
            .collect(ImmutableList.toImmutableList())));
      }
      return out.build();
    }
  }

  /** The reading of one footnote. */
  private static final class One {
    private final Footnote footnote;
    private final String statement;
    private final SourceRegistry registry;
    private final ImmutableList<NamedInProse> prose;
    private final WrittenReferenceReader reader;
    private final List<FootnotePart> parts = new ArrayList<>();
    private final List<InterviewCitation> citations = new ArrayList<>();
    private final List<WrittenReference> written = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> cited = new HashSet<>();
    /** Whether the part before named a source alone, so a part of bare numbers may be its paragraphs. */
    private boolean awaiting;
    /** The source that name matched; empty for a name the contents announce without minutes. */
    private Optional<NameMatch> awaitingParagraphs = Optional.empty();
    private String awaitingSurface = "";

    One(Footnote footnote, String statement, SourceRegistry registry, ImmutableList<NamedInProse> prose,
        WrittenReferenceReader reader) {
      this.footnote = footnote;
      this.reader = reader;
      this.statement = statement;
      this.registry = registry;
      this.prose = prose;
    }

    private void report(DiagnosticCode code, String excerpt, String message) {
      diagnostics.add(Diagnostic.inFootnote(code, footnote.number(), footnote.line(), excerpt, message));
    }

    private void part(int start, int end, FootnotePart.Kind kind) {
      if (end > start) {
        parts.add(new FootnotePart(start, end, kind));
      }
    }

    FootnoteCitations read() {
      String text = footnote.text();
      for (int[] span : mergeCutTitles(splitSpans(text))) {
        String part = text.substring(span[0], span[1]);
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        int start = span[0] + part.indexOf(p);
        int end = start + p.length();
        Matcher listOnly = LIST_ONLY.matcher(p);
        if (listOnly.matches()) {
          if (awaiting) {
            citations.remove(citations.size() - 1);
            report(DiagnosticCode.IRREGULAR_SEPARATOR, awaitingSurface + "; " + p,
                "'" + awaitingSurface + "' is separated from its paragraphs by ';' instead of ': '");
            withdrawWithoutParagraph();
            add(awaitingParagraphs, awaitingSurface, listOnly.group(1), p);
            awaiting = false;
            awaitingParagraphs = Optional.empty();
            part(start, end, FootnotePart.Kind.INTERVIEW_CITATION);
          } else {
            report(DiagnosticCode.UNREADABLE_CITATION, p,
                "the paragraph numbers '" + p + "' follow no source name");
            notes.add(p);
            part(start, end, FootnotePart.Kind.DIAGNOSED);
          }
          continue;
        }
        awaiting = false;
        awaitingParagraphs = Optional.empty();
        int used = citationsIn(p);
        if (used > 0) {
          part(start, start + used, FootnotePart.Kind.INTERVIEW_CITATION);
          String rest = p.substring(used);
          String restStripped = rest.replaceFirst("^[\\s,;.]+", "").strip();
          if (!restStripped.isEmpty()) {
            int restStart = start + used + rest.indexOf(restStripped);
            report(DiagnosticCode.UNREADABLE_CITATION, restStripped, "the text '" + restStripped
                + "' follows the interview citations without a semicolon; read on its own");
            other(restStripped, restStart);
          }
        } else {
          other(p, start);
        }
      }
      String uncovered = new FootnoteCitations(footnote.number(), footnote.line(), text,
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.copyOf(parts)).uncovered();
      if (!uncovered.isEmpty()) {
        report(DiagnosticCode.UNREADABLE_CITATION, uncovered,
            "part of the footnote was not read as a citation, a reference or a note: '" + uncovered + "'");
        part(0, text.length(), FootnotePart.Kind.DIAGNOSED);
      }
      return build();
    }

    /**
     * Joins a short part without any sign of a reference to the written reference after it: the
     * semicolon was inside a title ({@code DIS, Ukraine; Exit rules, … <https://…>, June 2023}).
     */
    private List<int[]> mergeCutTitles(List<int[]> spans) {
      String text = footnote.text();
      List<int[]> out = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        int[] span = spans.get(i);
        String p = text.substring(span[0], span[1]);
        if (i + 1 < spans.size()) {
          String next = text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]);
          boolean shortAndBare = p.strip().length() <= MAX_CUT_TITLE && !WRITTEN_SIGNS.matcher(p).find();
          boolean unfinished = !URL.matcher(p).find() && !p.contains("[url") && !LINKED.matcher(p).find()
              && !REFERENCE_END.matcher(p.strip()).find() && p.strip().contains(", ")
              && !LIST_ONLY.matcher(next).matches()
              && (URL.matcher(next).find() || LINKED.matcher(next).find())
              && !STARTS_LIKE_REFERENCE.matcher(next.strip()).find();
          if ((shortAndBare || unfinished) && !p.isBlank() && !LIST_ONLY.matcher(p).matches()
              && !startsWithSource(p.replaceFirst("^[\\s*]+", ""))
              && !isInterviewShaped(p)
              && WRITTEN_SIGNS.matcher(next).find()
              && !startsWithSource(next.replaceFirst("^[\\s*]+", ""))) {
            if (!shortAndBare) {
              report(DiagnosticCode.UNCERTAIN_REFERENCE_SPLIT, p + ";" + next, "the ';' after '"
                  + p.strip() + "' is read as inside a title, since that part has no link or date"
                  + " of its own; the alternative is two references");
            }
            out.add(new int[] {span[0], spans.get(i + 1)[1]});
            i++;
            continue;
          }
        }
        out.add(span);
      }
      return out;
    }

    private FootnoteCitations build() {
      parts.sort(java.util.Comparator.comparingInt(FootnotePart::start));
      return new FootnoteCitations(footnote.number(), footnote.line(), footnote.text(),
          ImmutableList.copyOf(citations), ImmutableList.copyOf(written), ImmutableList.copyOf(notes),
          ImmutableList.copyOf(diagnostics), ImmutableList.copyOf(parts));
    }

    private void withdrawWithoutParagraph() {
      for (int i = diagnostics.size() - 1; i >= 0; i--) {
        if (diagnostics.get(i).code() == DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH) {
          diagnostics.remove(i);
          return;
        }
      }
    }

    /**
     * Reads a run of citations at the start of {@code part}; returns how many characters of it
     * they take, 0 when it starts with none.
     */
    private int citationsIn(String part) {
      String rest = part.replaceFirst("^[\\s*]+", "");
      int base = part.length() - rest.length();
      int used = 0;
      boolean first = true;
      List<Runnable> pending = new ArrayList<>();
      while (true) {
        Matcher name = NAME.matcher(rest);
        if (!name.lookingAt()) {
          pending.forEach(Runnable::run);
          return used;
        }
        String surface = name.group().strip();
        Optional<NameMatch> match = registry.match(surface);
        String after = rest.substring(name.end());
        Matcher list = SEPARATOR_AND_LIST.matcher(after);
        if (list.find() && (list.group(1).contains(":") || match.isPresent()
            || registry.announcedWithoutMinutes(surface).isPresent())) {
          String tail = after.substring(list.end());
          boolean ends = END.matcher(tail).matches();
          Matcher next = NEXT.matcher(tail);
          boolean more = !ends && next.find() && startsWithSource(tail.substring(next.end()));
          if (!ends && !more) {
            pending.forEach(Runnable::run);
            return used;
          }
          String sep = list.group(1);
          String listText = list.group(2);
          String source = surface;
          Optional<NameMatch> m = match;
          boolean joined = !first;
          pending.add(() -> {
            if (joined) {
              report(DiagnosticCode.CITATIONS_JOINED_BY_COMMA, source,
                  "the citation of '" + source + "' follows the one before after a comma instead"
                      + " of a semicolon");
            }
            separator(source, sep);
            add(m, source, listText, source + sep + listText);
          });
          used = base + name.end() + list.end();
          if (ends) {
            pending.forEach(Runnable::run);
            return part.length();
          }
          base = used + next.end();
          rest = tail.substring(next.end());
          first = false;
          continue;
        }
        Optional<Integer> announced =
            match.isPresent() ? Optional.empty() : registry.announcedWithoutMinutes(surface);
        if (first && (match.isPresent() || announced.isPresent()) && END.matcher(after).matches()) {
          // a source named alone: kept as a citation without paragraphs, even when its minutes
          // are missing, so that the name is never a silent note
          InterviewCitation c = new InterviewCitation(
              match.map(x -> x.source().id()), surface, ImmutableList.of());
          match.ifPresent(x -> noteMatch(x, surface));
          citations.add(c);
          report(DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH, surface, announced.isEmpty()
              ? "'" + surface + "' is cited without a paragraph"
              : "'" + surface + "' is cited without a paragraph; it is announced on line "
                  + announced.get() + " as a source with minutes, but the report holds no minutes"
                  + " of that name (is the annex of minutes missing?)");
          awaiting = true;
          awaitingParagraphs = match;
          awaitingSurface = surface;
          return part.length();
        }
        pending.forEach(Runnable::run);
        return used;
      }
    }

    /**
     * Whether {@code part} is a whole interview citation by its shape alone, {@code Name: 12} or
     * {@code Name: 12-14, 16}, whether or not the name is a registered source: such a part is
     * never glued to the reference after it, so a citation whose minutes are missing stays a
     * citation (and is diagnosed) rather than becoming part of a written reference.
     */
    private static boolean isInterviewShaped(String part) {
      String p = part.replaceFirst("^[\\s*]+", "");
      Matcher name = NAME.matcher(p);
      if (!name.lookingAt()) {
        return false;
      }
      Matcher list = SEPARATOR_AND_LIST.matcher(p.substring(name.end()));
      return list.find() && list.group(1).contains(":")
          && END.matcher(p.substring(name.end()).substring(list.end())).matches();
    }

    private boolean startsWithSource(String text) {
      Matcher name = NAME.matcher(text);
      return name.lookingAt() && (registry.match(name.group().strip()).isPresent()
          || registry.announcedWithoutMinutes(name.group().strip()).isPresent());
    }

    private void separator(String surface, String sep) {
      if (sep.equals(": ")) {
        return;
      }
      String what;
      if (sep.strip().equals(":")) {
        what = sep.startsWith(":") ? "no space after ':'" : "a space before ':'";
        if (sep.equals(":") || sep.length() > 2) {
          what = sep.equals(":") ? "no space after ':'" : "odd spacing around ':'";
        }
      } else if (sep.strip().equals(",")) {
        what = "',' instead of ': '";
      } else if (sep.strip().equals(";")) {
        what = "';' instead of ': '";
      } else {
        what = "no separator";
      }
      report(DiagnosticCode.IRREGULAR_SEPARATOR, surface + sep,
          "'" + surface + "' is separated from its paragraphs by " + what);
    }

    private void noteMatch(NameMatch m, String surface) {
      switch (m.how()) {
        case EXACT -> { }
        case USER_ALIAS -> report(DiagnosticCode.ALIAS_RESOLVED, surface,
            "'" + surface + "' is an alias of " + m.source().name() + " from the alias file");
        case DESCRIBED -> report(DiagnosticCode.ALIAS_RESOLVED, surface, "'" + surface
            + "' is " + m.source().name() + " with words of its minutes heading or description");
        case SHORTENED -> report(DiagnosticCode.ALIAS_RESOLVED, surface, "'" + surface
            + "' is a shortened form of " + m.source().name());
        case TYPO -> report(DiagnosticCode.TYPO_CORRECTED, surface, "'" + surface
            + "' corrected to '" + m.registered() + "' (edit distance within "
            + SourceRegistry.TYPO_MAX_DISTANCE_RATIO + " of its length)");
      }
    }

    private void add(Optional<NameMatch> match, String surface, String listText, String excerpt) {
      List<Integer> numbers = numbers(listText, excerpt);
      if (match.isEmpty()) {
        Optional<Integer> announced = registry.announcedWithoutMinutes(surface);
        if (announced.isPresent()) {
          report(DiagnosticCode.MINUTES_MISSING, excerpt, "'" + surface + "' is announced on line "
              + announced.get() + " as a source with minutes, but the report holds no minutes of"
              + " that name (is the annex of minutes missing?); the citation is kept, unresolved");
        } else {
          report(DiagnosticCode.UNRESOLVED_SOURCE, excerpt,
              "'" + surface + "' is the name of no source with minutes in this report");
        }
        citations.add(new InterviewCitation(Optional.empty(), surface, numbers.stream()
            .map(n -> new CitedParagraph(n, CitedParagraph.Resolution.UNCHECKED, ImmutableList.of()))
            .collect(ImmutableList.toImmutableList())));
        return;
      }
      NameMatch m = match.get();
      noteMatch(m, surface);
      List<CitedParagraph> paragraphs = new ArrayList<>();
      for (int n : numbers) {
        if (!cited.add(m.source().id() + ":" + n)) {
          report(DiagnosticCode.DUPLICATE_CITATION, excerpt,
              m.source().name() + " paragraph " + n + " is cited twice in this footnote");
        }
        paragraphs.add(resolve(m.source(), n, excerpt));
      }
      citations.add(new InterviewCitation(
          Optional.of(m.source().id()), surface, ImmutableList.copyOf(paragraphs)));
    }

    private CitedParagraph resolve(RegisteredSource source, int n, String excerpt) {
      ImmutableList<MinutesParagraph> found = source.minutes().paragraphs(n);
      if (found.isEmpty()) {
        report(DiagnosticCode.NONEXISTENT_PARAGRAPH, excerpt, "the minutes of " + source.name()
            + " have no paragraph " + n);
        return new CitedParagraph(n, CitedParagraph.Resolution.NONEXISTENT, ImmutableList.of());
      }
      if (found.size() == 1) {
        return new CitedParagraph(n, CitedParagraph.Resolution.UNIQUE, ImmutableList.of(1));
      }
      Set<String> words = contentWords(statement);
      double best = -1;
      double second = -1;
      int chosen = 0;
      StringBuilder shares = new StringBuilder();
      for (MinutesParagraph p : found) {
        double share = share(words, contentWords(p.text()));
        shares.append(shares.length() == 0 ? "" : ", ").append("occurrence ").append(p.occurrence())
            .append(": ").append(String.format(Locale.ROOT, "%.2f", share));
        if (share > best) {
          second = best;
          best = share;
          chosen = p.occurrence();
        } else if (share > second) {
          second = share;
        }
      }
      if (best >= OCCURRENCE_MIN_SHARE && best - second >= OCCURRENCE_MARGIN) {
        report(DiagnosticCode.OCCURRENCE_RESOLVED_BY_CONTENT, excerpt, "paragraph " + n + " occurs "
            + found.size() + " times in the minutes of " + source.name() + "; the statement's"
            + " content words point at occurrence " + chosen + " (" + shares + ")");
        return new CitedParagraph(n, CitedParagraph.Resolution.BY_CONTENT, ImmutableList.of(chosen));
      }
      report(DiagnosticCode.AMBIGUOUS_PARAGRAPH, excerpt, "paragraph " + n + " occurs "
          + found.size() + " times in the minutes of " + source.name()
          + " and the statement does not tell which is meant (" + shares + ")");
      return new CitedParagraph(n, CitedParagraph.Resolution.AMBIGUOUS, found.stream()
          .map(MinutesParagraph::occurrence).collect(ImmutableList.toImmutableList()));
    }

    private List<Integer> numbers(String listText, String excerpt) {
      List<Integer> out = new ArrayList<>();
      Matcher part = LIST_PART.matcher(listText);
      Integer previous = null;
      String operator = null;
      while (part.find()) {
        if (part.group(1) != null) {
          int n = Integer.parseInt(part.group(1));
          if (operator != null && previous != null && operator.strip().endsWith("-")
              || operator != null && previous != null && operator.strip().endsWith("–")) {
            if (!operator.equals("-") && !operator.equals("–")) {
              report(DiagnosticCode.ODD_RANGE_SPACING, excerpt, "the range '" + previous
                  + operator + n + "' is written with odd spacing or punctuation; read as "
                  + previous + "-" + n);
            }
            if (n <= previous || n - previous > MAX_RANGE) {
              report(DiagnosticCode.INVALID_RANGE, excerpt, "the range " + previous + "-" + n
                  + " runs backwards or spans more than " + MAX_RANGE
                  + " paragraphs; only its ends are cited");
              out.add(n);
            } else {
              for (int k = previous + 1; k <= n; k++) {
                out.add(k);
              }
            }
          } else {
            if (operator != null && operator.strip().equals("+")) {
              report(DiagnosticCode.PLUS_JOIN, excerpt,
                  "paragraphs " + previous + " and " + n + " are joined with '+'");
            }
            out.add(n);
          }
          previous = n;
          operator = null;
        } else {
          operator = part.group(2);
        }
      }
      return out;
    }

    /** A part that is not a run of citations: a written reference, possibly ending with one, or a note. */
    private void other(String part, int start) {
      String text = part;
      Matcher tail = TAIL_CITATION.matcher(part);
      if (tail.find()) {
        String named = tail.group(1).strip();
        Optional<NameMatch> m = registry.match(named);
        if (m.isPresent() || registry.announcedWithoutMinutes(named).isPresent()) {
          // a source of the report (or one its contents announce, whose minutes are missing):
          // add() resolves it or reports the missing minutes
          text = part.substring(0, tail.start()).strip();
          part(start + tail.start(), start + part.length(), FootnotePart.Kind.INTERVIEW_CITATION);
          report(DiagnosticCode.CITATION_AFTER_WRITTEN_REFERENCE, part.substring(tail.start()),
              "the citation of '" + tail.group(1).strip() + "' follows a written reference after a"
                  + " comma instead of a semicolon");
          add(m, tail.group(1).strip(), tail.group(2), tail.group().substring(1).strip());
        }
      }
      FootnotePart.Kind kind = WRITTEN_SIGNS.matcher(text).find()
          ? FootnotePart.Kind.WRITTEN_REFERENCE : FootnotePart.Kind.NOTE;
      part(start, start + text.length(), kind);
      if (kind == FootnotePart.Kind.WRITTEN_REFERENCE) {
        WrittenReferenceReader.Reading reading = reader.read(text);
        WrittenReference w = reading.reference();
        for (String doubt : reading.doubts()) {
          report(DiagnosticCode.UNCERTAIN_REFERENCE_SPLIT, text, doubt);
        }
        written.add(w);
        String reference = text;
        w.outlet().flatMap(registry::exactly).ifPresent(s -> report(
            DiagnosticCode.OUTLET_NAMED_LIKE_SOURCE, reference, "'" + w.outlet().get() + "' is the outlet"
                + " of a written source here, not the interview with " + s.name()));
        return;
      }
      notes.add(text);
      for (NamedInProse s : prose) {
        for (Pattern n : s.names()) {
          if (n.matcher(text).find()) {
            report(DiagnosticCode.SOURCE_NAMED_IN_PROSE, text, "the note names " + s.source().name()
                + " without citing a paragraph of its minutes");
            break;
          }
        }
      }
    }
  }

  /** The parts of a footnote between semicolons that are not inside brackets, emphasis or quotes. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : splitSpans(text)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  /** The spans of {@link #split}. */
  static List<int[]> splitSpans(String text) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    boolean emphasis = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '(', '[', '<', '«' -> depth++;
        case ')', ']', '>', '»' -> depth = Math.max(0, depth - 1);
        case '*' -> emphasis = !emphasis;
        case ';' -> {
          if (depth == 0 && !emphasis) {
            parts.add(new int[] {start, i});
            start = i + 1;
          }
        }
        default -> { }
      }
    }
    parts.add(new int[] {start, text.length()});
    return parts;
  }

  /** Lower-case content words of four letters or more, cut to their first six letters. */
  static Set<String> contentWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (w.length() >= 4 && !STOP_WORDS.contains(w)) {
        out.add(w.length() > 6 ? w.substring(0, 6) : w);
      }
    }
    return out;
  }

  /** The share of {@code statement}'s words found in {@code paragraph}; 0 for no words. */
  static double share(Set<String> statement, Set<String> paragraph) {
    if (statement.isEmpty()) {
      return 0;
    }
    long hit = statement.stream().filter(paragraph::contains).count();
    return (double) hit / statement.size();
  }
}
