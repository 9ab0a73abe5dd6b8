package org.corroborate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.analysis.trust.Claim;
import org.corroborate.analysis.trust.CopyAwareAccuracy;
import org.corroborate.analysis.trust.Implication;
import org.corroborate.analysis.trust.MajorityVoting;
import org.corroborate.analysis.trust.TruthDiscovery;
import org.corroborate.analysis.trust.TruthEstimate;
import org.corroborate.analysis.trust.TruthFinder;
import org.corroborate.analysis.trust.TruthProblem;

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
    System.out.printf(Locale.ROOT, "Book: %d claims, %d books, %d stores; %d gold books, %d"
            + " silver.%n", book.problem.claims().size(), book.problem.objectCount(),
        book.problem.sourceCount(), book.gold.size(), book.silver.size());
    System.out.printf(Locale.ROOT, "Population: %d claims, %d city-years, %d editors; %d census"
            + " values, %d of them claimed.%n%n", population.problem.claims().size(),
        population.problem.objectCount(), population.problem.sourceCount(),
        population.truth.size(), population.claimedTruths());

    List<TruthDiscovery> methods = List.of(new MajorityVoting(), TruthFinder.standard(),
        CopyAwareAccuracy.with(CopyAwareAccuracy.Parameters.paper().detectingCopies(false)),
        CopyAwareAccuracy.standard());
    Map<String, String> publishedBook = Map.of("Voting", "0.71", "TruthFinder", "0.83–0.85",
        "Accu", "0.87", "AccuCopy", "0.83 (Depen), 0.89 (AccuSim)");
    Map<String, String> publishedPopulation = Map.of("Voting", "79.93 %", "TruthFinder",
        "85.04 %", "Accu", "–", "AccuCopy", "–");
    System.out.println("| method | Book gold | Book silver | published Book | rounds | time (ms)"
        + " | Population exact | within 1 % | published Population | rounds | time (ms) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (TruthDiscovery method : methods) {
      TruthProblem bookProblem = method instanceof TruthFinder
          ? book.problem.withImplication(Implication.setOverlap(0.5)) : book.problem;
      Timed b = timed(method, bookProblem);
      Timed p = timed(method, population.problem);
      System.out.printf(Locale.ROOT,
          "| %s | %.2f | %.3f | %s | %d%s | %.0f | %.2f %% | %.2f %% | %s | %d%s | %.0f |%n",
          method.name(), book.accuracy(book.gold, b.estimate), book.accuracy(book.silver,
              b.estimate), publishedBook.get(method.name()), b.estimate.iterations(),
          ending(b.estimate), b.millis,
          100 * population.accuracy(p.estimate, 0.0), 100 * population.accuracy(p.estimate, 0.01),
          publishedPopulation.get(method.name()), p.estimate.iterations(),
          ending(p.estimate), p.millis);
    }
    System.out.println();
    System.out.println("Published: Book, Dong, Berti-Equille & Srivastava, VLDB 2009, Table 6;"
        + " Population, Pasternack & Roth, COLING 2010, Table 2 (best: MistakeLCA 86.13 %).");
  }

  private record Timed(TruthEstimate estimate, double millis) {}

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

  /** The Book data: claims, gold and silver author sets by ISBN-13. */
  private record Book(TruthProblem problem, Map<String, String> gold, Map<String, String> silver) {

    static Book read(Path dir) {
      Set<Claim> claims = new LinkedHashSet<>();
      for (String line : lines(dir.resolve("book.txt"))) {
        String[] f = line.replace("\r", "").split("\t", -1);
        if (f.length < 4) {
          continue;
        }
        Optional<String> isbn = isbn13(f[1]);
        Optional<String> authors = AuthorNames.normalise(f[3]);
        if (isbn.isPresent() && authors.isPresent() && !f[0].isBlank()) {
          claims.add(Claim.of(isbn.get(), authors.get(), f[0].trim()));
        }
      }
      return new Book(TruthProblem.of(claims), reference(dir.resolve("book_golden.txt")),
          reference(dir.resolve("book_silver.txt")));
    }

    private static Map<String, String> reference(Path file) {
      Map<String, String> out = new TreeMap<>();
      for (String line : lines(file)) {
        String[] f = line.replace("\r", "").split("\t", -1);
        if (f.length >= 2) {
          Optional<String> isbn = isbn13(f[0]);
          Optional<String> authors = AuthorNames.normalise(f[1]);
          if (isbn.isPresent() && authors.isPresent()) {
            out.put(isbn.get(), authors.get());
          }
        }
      }
      return out;
    }

    double accuracy(Map<String, String> reference, TruthEstimate estimate) {
      long right = reference.entrySet().stream()
          .filter(e -> estimate.value(e.getKey()).equals(Optional.of(e.getValue()))).count();
      return (double) right / reference.size();
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
  private record Population(TruthProblem problem, Map<String, BigDecimal> truth) {

    static Population read(Path dir) {
      List<Claim> claims = new ArrayList<>();
      for (String[] f : csv(dir.resolve("population_claims.csv"))) {
        if (f.length >= 4) {
          number(f[2]).ifPresent(n -> claims.add(Claim.of(f[0] + "|" + f[1], n.toPlainString(),
              f[3])));
        }
      }
      Map<String, BigDecimal> truth = new TreeMap<>();
      for (String[] f : csv(dir.resolve("population_truth.csv"))) {
        if (f.length >= 3) {
          number(f[2]).ifPresent(n -> truth.put(f[0] + "|" + f[1], n));
        }
      }
      return new Population(TruthProblem.of(new LinkedHashSet<>(claims)), truth);
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

    /** Rows of a CSV file whose fields are all double-quoted, without its header. */
    private static List<String[]> csv(Path file) {
      List<String[]> rows = new ArrayList<>();
      List<String> all = lines(file);
      for (String line : all.subList(1, all.size())) {
        String body = line.replace("\r", "").trim();
        if (body.length() >= 2 && body.startsWith("\"") && body.endsWith("\"")) {
          rows.add(body.substring(1, body.length() - 1).split("\",\"", -1));
        }
      }
      return rows;
    }
  }
}
