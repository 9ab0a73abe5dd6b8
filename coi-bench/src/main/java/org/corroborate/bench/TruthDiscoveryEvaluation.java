package org.corroborate.bench;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.analysis.trust.Claim;
import org.corroborate.analysis.trust.CopyAwareAccuracy;
import org.corroborate.analysis.trust.DecidedValue;
import org.corroborate.analysis.trust.EvidenceClaims;
import org.corroborate.analysis.trust.FactFinder;
import org.corroborate.analysis.trust.Implication;
import org.corroborate.analysis.trust.LatentCredibility;
import org.corroborate.analysis.trust.MajorityVoting;
import org.corroborate.analysis.trust.TruthDiscovery;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.trust.TruthFinder;
import org.corroborate.analysis.trust.TruthProblem;
import org.corroborate.analysis.trust.ValueSimilarity;
import org.corroborate.analysis.trust.ValueSupport;
import org.corroborate.model.Assertion;
import org.corroborate.model.Category;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Topic;

/**
 * Measures the truth-discovery methods of {@code org.corroborate.analysis.trust} on the two
 * public benchmarks of the literature and prints one table, next to the published figures.
 *
 * <p>Book (Yin, Han &amp; Yu 2007): AbeBooks listings; each store is a source, each book (ISBN,
 * ISBN-10 turned into ISBN-13) an object, and a listing claims the book's author set, normalised
 * by {@link AuthorNames} (surnames). Accuracy is the share of the 100 gold books whose decided set
 * equals the gold set under the same normalisation; the share on the silver reference (all books)
 * is printed too. TruthFinder's implication between author sets is their Jaccard similarity minus
 * the paper's base similarity 0.5.
 *
 * <p>Population (Pasternack &amp; Roth 2010): Wikipedia infobox edits; each editor is a source,
 * each city-year an object, each figure a value (categorical, no implication). Accuracy is the
 * share of the census city-years that have a claim whose decided figure equals the census figure,
 * exactly and within 1 %.
 *
 * <p>The format-aware votes (a partial author list supports the full list, {@link
 * ValueSupport#partialList()}) have a weight φ that no paper gives: it is fitted per method on the
 * silver books that are not gold books, over 0.1, 0.2, …, 1.0, and printed.
 *
 * <p>Every method runs with the parameters of its paper; nothing is tuned on the gold. Run time is
 * the median of five runs of the method alone (data read and indexed beforehand), after one
 * warm-up run. Usage: {@code TruthDiscoveryEvaluation --data DIR}, DIR holding {@code book/} and
 * {@code population/}.
 */
public final class TruthDiscoveryEvaluation {

  private static final int RUNS = 5;

  private TruthDiscoveryEvaluation() {}

  /** Reads the data, runs every method and prints the table. */
  public static void main(String[] args) {
    Path data = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        data = Path.of(args[++i]);
      }
    }
    if (data == null) {
      System.err.println("usage: TruthDiscoveryEvaluation --data DIR (with book/ and population/)");
      System.exit(2);
      return;
    }
    Book book = Book.read(data.resolve("book"));
    Population population = Population.read(data.resolve("population"));
    // Book through the library's model: the evidence base and its claims, each timed alone.
    EvidenceBase evidence = book.evidence();
    TruthProblem bookProblem = EvidenceClaims.of(evidence);
    double[] buildTimes = new double[RUNS];
    double[] claimTimes = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      long start = System.nanoTime();
      evidence = book.evidence();
      long built = System.nanoTime();
      bookProblem = EvidenceClaims.of(evidence);
      buildTimes[r] = (built - start) / 1e6;
      claimTimes[r] = (System.nanoTime() - built) / 1e6;
    }
    Arrays.sort(buildTimes);
    Arrays.sort(claimTimes);
    System.out.printf(Locale.ROOT, "Book: %d listings naming an author, %d claims, %d books, %d"
            + " stores; %d gold books, %d silver.%n", book.listings.size(),
        bookProblem.claims().size(), bookProblem.objectCount(), bookProblem.sourceCount(),
        book.gold.size(), book.silver.size());
    System.out.printf(Locale.ROOT, "Book through the model: an evidence base of %d sources, %d"
            + " documents, %d passages, %d propositions and %d assertions, built in %.0f ms; its"
            + " claims (EvidenceClaims) in %.0f ms (medians of %d runs, not in the method times"
            + " below).%n", evidence.sources().size(), evidence.documents().size(),
        evidence.passages().size(), evidence.propositions().size(),
        evidence.assertions().size(), buildTimes[RUNS / 2], claimTimes[RUNS / 2], RUNS);
    System.out.println("Book " + book.skipped().describe());
    System.out.printf(Locale.ROOT, "Population: %d claims, %d city-years, %d editors; %d census"
            + " values, %d of them claimed.%n", population.problem.claims().size(),
        population.problem.objectCount(), population.problem.sourceCount(),
        population.truth.size(), population.claimedTruths());
    System.out.println("Population " + population.skipped().describe());
    System.out.println();

    List<TruthDiscovery> methods = new ArrayList<>(List.of(new MajorityVoting(),
        TruthFinder.standard(),
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)),
        CopyAwareAccuracy.standard(), CopyAwareAccuracy.with(
            CopyAwareAccuracy.Parameters.paper().detectingCopies(false).withSimilarity(0.5)),
        CopyAwareAccuracy.withSimilarity(), FactFinder.sums(), FactFinder.investment(),
        FactFinder.pooledInvestment(), LatentCredibility.of(LatentCredibility.Model.SIMPLE),
        LatentCredibility.of(LatentCredibility.Model.GUESS),
        LatentCredibility.of(LatentCredibility.Model.MISTAKE)));
    // The format weight φ is in no paper: fitted on the silver books that are not gold books.
    Map<String, String> training = new TreeMap<>(book.silver);
    training.keySet().removeAll(book.gold.keySet());
    List<String> fits = new ArrayList<>();
    for (java.util.function.DoubleFunction<TruthDiscovery> family : List.<
        java.util.function.DoubleFunction<TruthDiscovery>>of(
        phi -> TruthFinder.with(TruthFinder.Parameters.paper().withFormat(phi)),
        phi -> CopyAwareAccuracy.with(
            CopyAwareAccuracy.Parameters.paper().detectingCopies(false).withFormat(phi)),
        phi -> CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)
            .withSimilarity(0.5).withFormat(phi)),
        phi -> CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().withFormat(phi)))) {
      double best = -1;
      TruthDiscovery chosen = null;
      for (int tenths = 1; tenths <= 10; tenths++) {
        TruthDiscovery method = family.apply(tenths / 10.0);
        double share = Book.accuracy(training, method.discover(bookProblem(method, book.direct)),
            "");
        if (share > best) {
          best = share;
          chosen = method;
        }
      }
      methods.add(chosen);
      fits.add(String.format(Locale.ROOT, "%s φ = %.1f (%.3f)", chosen.name(),
          formatWeight(chosen), best));
    }
    System.out.printf(Locale.ROOT, "Format weight φ fitted on the %d silver books that are not"
        + " gold books, grid 0.1 to 1.0: %s.%n%n", training.size(), String.join("; ", fits));
    Map<String, String> publishedBook = new TreeMap<>(Map.of("Voting", "0.71", "TruthFinder",
        "0.83–0.85", "Accu", "0.87", "AccuCopy", "0.83 (Depen), 0.87 (Accu)",
        "AccuSim", "0.89", "GuessLCA", "89.10 % (other scoring)"));
    Map<String, String> publishedPopulation = new TreeMap<>(Map.of("Voting", "79.93 %",
        "TruthFinder", "85.04 %", "Sums", "82.12 %", "SimpleLCA", "82.48 %", "GuessLCA",
        "83.58 %", "MistakeLCA", "86.13 %"));
    System.out.println("| method | Book gold | Book silver | published Book | rounds | time (ms)"
        + " | Population exact | within 1 % | published Population | rounds | time (ms) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    List<String> differences = new ArrayList<>();
    for (TruthDiscovery method : methods) {
      TruthProblem modelProblem = bookProblem(method, bookProblem);
      Timed b = timed(method, modelProblem);
      Timed p = timed(method,
          population.problem.withSimilarity(ValueSimilarity.relativeCloseness()));
      System.out.printf(Locale.ROOT,
          "| %s | %.2f | %.3f | %s | %d%s | %.0f | %.2f %% | %.2f %% | %s | %d%s | %.0f |%n",
          method.name(), Book.accuracy(book.gold, b.estimate, BOOK), Book.accuracy(book.silver,
              b.estimate, BOOK), publishedBook.getOrDefault(method.name(), "–"),
          b.estimate.iterations(),
          ending(b.estimate), b.millis,
          100 * population.accuracy(p.estimate, 0.0), 100 * population.accuracy(p.estimate, 0.01),
          publishedPopulation.getOrDefault(method.name(), "–"), p.estimate.iterations(),
          ending(p.estimate), p.millis);
      TruthEstimate direct = method.discover(bookProblem(method, book.direct));
      differences.addAll(differences(method.name(), direct, b.estimate, book.storeIds()));
    }
    System.out.println();
    if (!differences.isEmpty()) {
      throw new IllegalStateException("Book through the model differs from the claims read"
          + " directly: " + differences.subList(0, Math.min(10, differences.size())));
    }
    System.out.printf(Locale.ROOT, "Book through the model: every method's decisions,"
        + " confidences, trusts and rounds equal those on the claims read directly (%d books, %d"
        + " stores).%n", book.direct.objectCount(), book.direct.sourceCount());
    System.out.println();
    System.out.println("Published: Book, Dong, Berti-Equille & Srivastava, VLDB 2009, Table 6;"
        + " Population, Pasternack & Roth, Table 2 as the data's README cites it (COLING 2010; the"
        + " LCA models are of their WWW 2013 paper; best: MistakeLCA 86.13 %).");
  }

  /**
   * The Book problem for {@code method}: TruthFinder's implication (Jaccard minus 0.5) or the Accu
   * family's similarity (Jaccard), and in both cases partial lists supporting the full list
   * (used only by a method whose format weight is above 0).
   */
  static TruthProblem bookProblem(TruthDiscovery method, TruthProblem base) {
    TruthProblem related = method instanceof TruthFinder
        ? base.withImplication(Implication.setOverlap(0.5))
        : base.withSimilarity(ValueSimilarity.jaccard());
    return related.withSupport(ValueSupport.partialList());
  }

  /** The format weight of a method of the format-aware families. */
  private static double formatWeight(TruthDiscovery method) {
    if (method instanceof TruthFinder t) {
      return t.parameters().formatWeight();
    }
    return ((CopyAwareAccuracy) method).parameters().formatWeight();
  }

  /** The prefix of a book's proposition id in the evidence base. */
  private static final String BOOK = "isbn-";

  private record Timed(TruthEstimate estimate, double millis) {}

  /**
   * Where an estimate on the claims read directly differs from the one through the model: every
   * book's decided value and confidence, every store's trust, the rounds and how they ended.
   */
  private static List<String> differences(String method, TruthEstimate direct,
      TruthEstimate model, Map<String, String> storeIds) {
    List<String> out = new ArrayList<>();
    if (direct.iterations() != model.iterations()
        || direct.termination() != model.termination()
        || direct.decisions().size() != model.decisions().size()
        || direct.trust().size() != model.trust().size()) {
      out.add(method + ": rounds, ending or sizes");
    }
    direct.decisions().forEach((isbn, d) -> {
      DecidedValue m = model.decisions().get(BOOK + isbn);
      if (m == null || !m.value().equals(d.value()) || m.confidence() != d.confidence()) {
        out.add(method + ": book " + isbn);
      }
    });
    direct.trust().forEach((store, t) -> {
      if (!t.equals(model.trust().get(storeIds.get(store)))) {
        out.add(method + ": store " + store);
      }
    });
    return out;
  }

  /** Nothing for converged rounds, otherwise how they ended. */
  private static String ending(TruthEstimate estimate) {
    return switch (estimate.termination()) {
      case CONVERGED -> "";
      case OSCILLATED -> " (oscillates)";
      case ROUND_LIMIT -> " (not converged)";
    };
  }

  private static Timed timed(TruthDiscovery method, TruthProblem problem) {
    TruthEstimate estimate = method.discover(problem);
    double[] times = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      long start = System.nanoTime();
      estimate = method.discover(problem);
      times[r] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return new Timed(estimate, times[RUNS / 2]);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** One AbeBooks listing that names at least one author: its line in book.txt (from 1). */
  record Listing(int line, String store, String isbn, String authors) {}

  /**
   * The Book data: the listings that name an author, as claims read directly and as an evidence
   * base of the library's model, with the gold and silver author sets by ISBN-13.
   */
  record Book(List<Listing> listings, TruthProblem direct, Map<String, String> gold,
      Map<String, String> silver, Skipped skipped) {

    static Book read(Path dir) {
      List<Listing> listings = new ArrayList<>();
      Set<Claim> claims = new LinkedHashSet<>();
      Skipped skipped = new Skipped();
      Path file = dir.resolve("book.txt");
      List<String> all = lines(file);
      for (int i = 0; i < all.size(); i++) {
        String[] f = all.get(i).replace("\r", "").split("\t", -1);
        String where = file.getFileName() + ":" + (i + 1);
        if (f.length < 4) {
          skipped.add("fewer than four tab-separated fields", where);
          continue;
        }
        Optional<String> isbn = isbn13(f[1]);
        Optional<String> authors = AuthorNames.normalise(f[3]);
        if (f[0].isBlank()) {
          skipped.add("no store", where);
        } else if (isbn.isEmpty()) {
          skipped.add("no ISBN-10 or ISBN-13", where);
        } else if (authors.isEmpty()) {
          skipped.add("no author named (\"Not Available\" or empty: claims nothing)", where);
        } else {
          listings.add(new Listing(i + 1, f[0].trim(), isbn.get(), authors.get()));
          claims.add(Claim.of(isbn.get(), authors.get(), f[0].trim()));
        }
      }
      return new Book(List.copyOf(listings), TruthProblem.of(claims),
          reference(dir.resolve("book_golden.txt"), skipped),
          reference(dir.resolve("book_silver.txt"), skipped), skipped);
    }

    /**
     * The listings as an evidence base: one source per store (id {@code store-N}, numbered in
     * the order of the stores' names, so the methods visit stores in the same order as on the
     * claims read directly; the store's name as its name, a case-insensitive repeat marked with
     * its number), one written document per store with one passage per listing (its paragraph is
     * the listing's line), one categorical proposition per book ({@code isbn-} and the ISBN-13),
     * one assertion per listing whose category is the normalised surnames.
     */
    EvidenceBase evidence() {
      Map<String, String> storeId = storeIds();
      Set<String> names = new HashSet<>();
      EvidenceBase.Builder builder = EvidenceBase.builder()
          .addTopic(Topic.root("books", "Computer science books"));
      for (Map.Entry<String, String> e : storeId.entrySet()) {
        String store = e.getKey();
        String id = e.getValue();
        String name = names.add(store.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
            ? store : store + " (" + id + ")";
        builder.addSource(Source.of(id, name, SourceKind.MEDIA_OUTLET))
            .addDocument(Document.written(id + "-listings", id, "AbeBooks listings of " + name));
      }
      Set<String> books = new HashSet<>();
      for (Listing l : listings) {
        String book = "isbn-" + l.isbn();
        if (books.add(book)) {
          builder.addProposition(
              Proposition.of(book, "books", "The authors of the book " + l.isbn())
                  .asCategorical());
        }
        String store = storeId.get(l.store());
        String passage = "listing-" + l.line();
        builder.addPassage(Passage.of(passage, store + "-listings",
                Locator.paragraph(Integer.toString(l.line()))))
            .addAssertion(Assertion.answers(passage, store, book,
                Category.of(Splitter.on('|').splitToList(l.authors())), passage));
      }
      return builder.build();
    }

    /** The source id of each store: {@code store-N}, numbered in the order of the names. */
    Map<String, String> storeIds() {
      TreeSet<String> stores = new TreeSet<>();
      listings.forEach(l -> stores.add(l.store()));
      Map<String, String> out = new TreeMap<>();
      for (String store : stores) {
        out.put(store, String.format(Locale.ROOT, "store-%04d", out.size() + 1));
      }
      return out;
    }

    private static Map<String, String> reference(Path file, Skipped skipped) {
      Map<String, String> out = new TreeMap<>();
      List<String> all = lines(file);
      for (int i = 0; i < all.size(); i++) {
        String[] f = all.get(i).replace("\r", "").split("\t", -1);
        String where = file.getFileName() + ":" + (i + 1);
        if (all.get(i).isBlank()) {
          skipped.add("a blank line", where);
          continue;
        }
        Optional<String> isbn = f.length >= 2 ? isbn13(f[0]) : Optional.empty();
        Optional<String> authors = f.length >= 2 ? AuthorNames.normalise(f[1]) : Optional.empty();
        if (isbn.isPresent() && authors.isPresent()) {
          out.put(isbn.get(), authors.get());
        } else {
          skipped.add("a reference line without an ISBN and an author", where);
        }
      }
      return out;
    }

    /** The share of {@code reference} decided right, objects named {@code prefix} + ISBN. */
    static double accuracy(Map<String, String> reference, TruthEstimate estimate, String prefix) {
      long right = reference.entrySet().stream().filter(e -> estimate.value(prefix + e.getKey())
          .equals(Optional.of(e.getValue()))).count();
      return (double) right / reference.size();
    }
  }

  /**
   * What a reader of the research data left out, by reason, with where ({@code file:line}): no
   * line is dropped without being counted here and printed.
   */
  static final class Skipped {

    private final Map<String, List<String>> byReason = new TreeMap<>();

    void add(String reason, String where) {
      byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(where);
    }

    int total() {
      return byReason.values().stream().mapToInt(List::size).sum();
    }

    /** One line per reason: its count and its first five places. */
    String describe() {
      if (byReason.isEmpty()) {
        return "nothing left out";
      }
      StringBuilder out = new StringBuilder("left out: ");
      byReason.forEach((reason, where) -> out.append(String.format(Locale.ROOT, "%n  %,d %s (%s%s)",
          where.size(), reason, String.join(", ", where.subList(0, Math.min(5, where.size()))),
          where.size() > 5 ? ", …" : "")));
      return out.toString();
    }
  }

  /** ISBN-10 or ISBN-13, as ISBN-13 digits. */
  static Optional<String> isbn13(String raw) {
    String s = raw.trim().toUpperCase(Locale.ROOT).replace("-", "");
    if (s.matches("\\d{13}")) {
      return Optional.of(s);
    }
    if (!s.matches("\\d{9}[\\dX]")) {
      return Optional.empty();
    }
    String body = "978" + s.substring(0, 9);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return Optional.of(body + (10 - sum % 10) % 10);
  }

  /** The Population data: claims and census values by city-year. */
  record Population(TruthProblem problem, Map<String, BigDecimal> truth, Skipped skipped) {

    static Population read(Path dir) {
      Skipped skipped = new Skipped();
      List<Claim> claims = new ArrayList<>();
      Path claimsFile = dir.resolve("population_claims.csv");
      for (Map.Entry<String, String[]> row : csv(claimsFile, skipped).entrySet()) {
        String[] f = row.getValue();
        Optional<BigDecimal> n = f.length >= 4 ? number(f[2]) : Optional.empty();
        if (n.isPresent()) {
          claims.add(Claim.of(f[0] + "|" + f[1], n.get().toPlainString(), f[3]));
        } else {
          skipped.add("a claim without four fields and a figure", row.getKey());
        }
      }
      Map<String, BigDecimal> truth = new TreeMap<>();
      for (Map.Entry<String, String[]> row : csv(dir.resolve("population_truth.csv"), skipped)
          .entrySet()) {
        String[] f = row.getValue();
        Optional<BigDecimal> n = f.length >= 3 ? number(f[2]) : Optional.empty();
        if (n.isPresent()) {
          truth.put(f[0] + "|" + f[1], n.get());
        } else {
          skipped.add("a census row without three fields and a figure", row.getKey());
        }
      }
      return new Population(TruthProblem.of(new LinkedHashSet<>(claims)), truth, skipped);
    }

    long claimedTruths() {
      Set<String> objects = new java.util.HashSet<>();
      problem.claims().forEach(c -> objects.add(c.object()));
      return truth.keySet().stream().filter(objects::contains).count();
    }

    double accuracy(TruthEstimate estimate, double tolerance) {
      int right = 0;
      int total = 0;
      for (Map.Entry<String, BigDecimal> e : truth.entrySet()) {
        Optional<String> decided = estimate.value(e.getKey());
        if (decided.isEmpty()) {
          continue;
        }
        total++;
        double d = new BigDecimal(decided.get()).doubleValue();
        double t = e.getValue().doubleValue();
        if (Math.abs(d - t) <= tolerance * Math.abs(t)) {
          right++;
        }
      }
      return (double) right / total;
    }

    private static Optional<BigDecimal> number(String raw) {
      String s = raw.replace(",", "").trim();
      if (!s.matches("\\d+(\\.\\d+)?")) {
        return Optional.empty();
      }
      BigDecimal n = new BigDecimal(s);
      return Optional.of(n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros());
    }

    /**
     * Rows of a CSV file whose fields are all double-quoted, without its header, by {@code
     * file:line}; a line that is not such a row is counted in {@code skipped}.
     */
    private static Map<String, String[]> csv(Path file, Skipped skipped) {
      Map<String, String[]> rows = new java.util.LinkedHashMap<>();
      List<String> all = lines(file);
      for (int i = 1; i < all.size(); i++) {
        String body = all.get(i).replace("\r", "").trim();
        String where = file.getFileName() + ":" + (i + 1);
        if (body.length() >= 2 && body.startsWith("\"") && body.endsWith("\"")) {
          rows.put(where, body.substring(1, body.length() - 1).split("\",\"", -1));
        } else {
          skipped.add("a line that is not a row of double-quoted fields", where);
        }
      }
      return rows;
    }
  }
}
