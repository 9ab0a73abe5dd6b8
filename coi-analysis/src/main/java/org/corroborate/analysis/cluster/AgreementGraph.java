package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.References;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The signed source–source graph. On each proposition a source takes a side: supporting or
 * opposing (after derivation), or for a numeric proposition the camp of its values; a source on
 * both sides of one proposition takes none. Two sources on the same side agree, on opposite sides
 * disagree. A pair counts on a proposition only if at least one of the two speaks to it directly:
 * two affirmations about different districts both support the question for the country, by
 * derivation, but the two sources have not spoken to a shared proposition, so that is no agreement.
 * Two sources of one line of evidence on a proposition (one relays the other, or both rest on one
 * document or origin) are one voice there, and their agreement is not counted: so a chain of
 * 10⁵ relays costs nothing here, where counting it would take 5·10⁹ pairs. The edge between two
 * sources weighs agreements minus disagreements; pairs that balance out to zero have no edge.
 * Absence of evidence and uncertainty take no side.
 *
 * <p>The sides taken on each proposition are sorted as packed primitive keys (source number, side,
 * direct or derived); pairs are counted as packed keys too (source indices and the agreement bit in
 * one {@code long}), sorted and run-length counted, and held in rows by their first source: four
 * ints a pair, so 13 million pairs take about 160 MB. Pairs are enumerated line block by line
 * block, so pairs within one line are never visited: O(k log k + p log p) for k sources taking
 * sides on a proposition and p pairs counted. {@link #pairs()}, {@link #graph()} and the
 * adjacency the clustering reads are built on each call.
 */
public final class AgreementGraph {

  private final String[] ids;
  /** Pairs are held by their first source: those of source i lie in [rows[i], rows[i + 1]). */
  private final int[] rows;
  private final int[] second;
  private final int[] agreements;
  private final int[] disagreements;

  private AgreementGraph(String[] ids, int[] rows, int[] second, int[] agreements,
      int[] disagreements) {
    this.ids = ids;
    this.rows = rows;
    this.second = second;
    this.agreements = agreements;
    this.disagreements = disagreements;
  }

  /**
   * The signed graph as compressed adjacency arrays (CSR), built on each call: every source's
   * neighbours across an edge of non-zero balance, in index order, with the balance. O(pairs).
   */
  Adjacency adjacency() {
    int n = ids.length;
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      for (int p = rows[i]; p < rows[i + 1]; p++) {
        if (agreements[p] != disagreements[p]) {
          offsets[i + 1]++;
          offsets[second[p] + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] neighbours = new int[offsets[n]];
    int[] balances = new int[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    // the neighbours before i come from the rows of smaller sources, visited in order first
    for (int i = 0; i < n; i++) {
      for (int p = rows[i]; p < rows[i + 1]; p++) {
        int balance = agreements[p] - disagreements[p];
        if (balance != 0) {
          neighbours[fill[second[p]]] = i;
          balances[fill[second[p]]++] = balance;
        }
      }
    }
    // then the neighbours after i, from its own row, in increasing order
    for (int i = 0; i < n; i++) {
      for (int p = rows[i]; p < rows[i + 1]; p++) {
        int balance = agreements[p] - disagreements[p];
        if (balance != 0) {
          neighbours[fill[i]] = second[p];
          balances[fill[i]++] = balance;
        }
      }
    }
    return new Adjacency(ids, offsets, neighbours, balances);
  }

  /**
   * The signed graph in compressed rows: the neighbours of vertex i lie in {@code
   * neighbours[offsets[i] .. offsets[i + 1])}, ascending, with the balance of each edge.
   */
  record Adjacency(String[] ids, int[] offsets, int[] neighbours, int[] balances) {}

  /** The graph of the sources taking sides in {@code corroborations}. */
  public static AgreementGraph of(List<Corroboration> corroborations) {
    return of(corroborations, null);
  }

  /**
   * The graph of the sources taking sides in {@code corroborations}, found in {@code evidence}:
   * {@link #of(List)}, with each source known by its number in the evidence base (through the
   * position its line records of each assertion, checked to be that assertion) rather than
   * hashed by its id. Corroborations naming an assertion the evidence base does not hold are read
   * by id, as {@link #of(List)} reads them. The same graph either way.
   */
  public static AgreementGraph of(EvidenceBase evidence, List<Corroboration> corroborations) {
    return of(corroborations, java.util.Objects.requireNonNull(evidence, "evidence"));
  }

  /** The graph; sources numbered by the evidence base's numbers when it is given, else by id. */
  private static AgreementGraph of(List<Corroboration> corroborations, EvidenceBase evidence) {
    // First pass: on each proposition, the side each source takes (if it takes one) and whether it
    // speaks directly. Propositions are read on their own, so slices of the list are read in
    // parallel, each knowing sources by the evidence base's numbers when it is given, else
    // numbering them in order of appearance; the slices are then joined in order, their numbers
    // mapped to one numbering of all sources (the evidence base's, or in order of appearance).
    int slices = Math.max(1, Math.min(corroborations.size() / 1024,
        4 * ForkJoinPool.getCommonPoolParallelism()));
    List<Slice> read = readSlices(corroborations, slices, evidence);
    if (read.stream().anyMatch(Slice::notHeld)) {
      // some line is not of this evidence base: every line is read again, by id
      read = readSlices(corroborations, slices, null);
    }
    // the sources of all slices in one numbering: the evidence base's, or in order of appearance
    Map<String, Integer> seen = new HashMap<>();
    List<String> names = new ArrayList<>();
    if (evidence != null && read.get(0).byModel()) {
      for (org.corroborate.model.Source source : evidence.sources()) {
        names.add(source.id());
      }
    }
    Sides sides = new Sides();
    IntList kept = new IntList();
    long pairCount = 0;
    // the joined lists made to size at once, not grown by doubling
    int decidedTotal = 0;
    int speakingTotal = 0;
    int keptTotal = 0;
    for (Slice slice : read) {
      decidedTotal += slice.sides.decided.size();
      speakingTotal += slice.sides.speaking.size();
      keptTotal += slice.kept.size();
    }
    sides.reserve(decidedTotal, speakingTotal);
    kept.reserve(keptTotal);
    for (Slice slice : read) {
      int[] global;
      if (slice.byModel()) {
        global = new int[names.size()];
        Arrays.setAll(global, i -> i);
      } else {
        global = new int[slice.names.size()];
        for (int i = 0; i < global.length; i++) {
          Integer number = seen.get(slice.names.get(i));
          if (number == null) {
            number = names.size();
            seen.put(slice.names.get(i), number);
            names.add(slice.names.get(i));
          }
          global[i] = number;
        }
      }
      int offset = sides.decided.size();
      sides.append(slice.sides, global);
      for (int q = 0; q < slice.kept.size(); q += 2) {
        kept.add(slice.kept.get(q) + offset);
        kept.add(slice.kept.get(q + 1));
      }
      pairCount += slice.pairCount;
    }
    int keptCount = kept.size();
    // Number the speaking sources in id order.
    boolean[] speaks = new boolean[names.size()];
    for (int e = 0; e < sides.decided.size(); e++) {
      speaks[sides.decided.get(e) >>> 2] = true;
    }
    for (int e = 0; e < sides.speaking.size(); e++) {
      speaks[sides.speaking.get(e)] = true;
    }
    // the speaking sources by id (the evidence base's numbers already follow ids; names met in
    // order of appearance are sorted), each source's rank its place in that order
    Integer[] speaking = IntStream.range(0, names.size()).filter(i -> speaks[i]).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(speaking, (x, y) -> names.get(x).compareTo(names.get(y)));
    String[] ids = new String[speaking.length];
    int[] rank = new int[names.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = names.get(speaking[i]);
      rank[speaking[i]] = i;
    }
    long n = ids.length;
    if (pairCount > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many source pairs to count: " + pairCount);
    }
    long[] keys = new long[(int) pairCount];
    // each kept proposition writes its pairs into its own range of the keys, so in parallel
    int[] at = new int[keptCount / 2 + 1];
    for (int q = 0; q < keptCount; q += 2) {
      at[q / 2 + 1] = at[q / 2] + kept.get(q + 1);
    }
    long[] filled = keys;
    IntStream.range(0, keptCount / 2).parallel().forEach(t -> {
      int start = kept.get(2 * t);
      int end = 2 * t + 2 < keptCount ? kept.get(2 * t + 2) : sides.decided.size();
      int written = pairKeys(sides, start, end, rank, n, filled, at[t]);
      if (written != at[t + 1] - at[t]) {
        throw new IllegalStateException("a proposition counted " + (at[t + 1] - at[t])
            + " pairs and wrote " + written);
      }
    });
    int size = keys.length;
    Arrays.sort(keys, 0, size); // in place: a parallel sort would take a second array as large
    int pairs = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || (keys[i] >>> 1) != (keys[i - 1] >>> 1)) {
        pairs++;
      }
    }
    int[] rows = new int[ids.length + 1];
    int[] second = new int[pairs];
    int[] agree = new int[pairs];
    int[] disagree = new int[pairs];
    int p = -1;
    for (int i = 0; i < size; i++) {
      long pair = keys[i] >>> 1;
      if (i == 0 || pair != (keys[i - 1] >>> 1)) {
        p++;
        rows[(int) (pair / n) + 1]++;
        second[p] = (int) (pair % n);
      }
      if ((keys[i] & 1) == 0) {
        agree[p]++;
      } else {
        disagree[p]++;
      }
    }
    keys = null;
    for (int i = 0; i < ids.length; i++) {
      rows[i + 1] += rows[i];
    }
    return new AgreementGraph(ids, rows, second, agree, disagree);
  }

  /**
   * The corroborations read in {@code slices} slices, in parallel, in order; with sources known
   * by their numbers in {@code evidence} when it is given (a slice then stops at the first line
   * not of that evidence base, and says so: {@link Slice#notHeld()}), else by id.
   */
  private static List<Slice> readSlices(List<Corroboration> corroborations, int slices,
      EvidenceBase evidence) {
    return IntStream.range(0, slices).parallel()
        .mapToObj(k -> Slice.read(corroborations.subList(
            (int) ((long) corroborations.size() * k / slices),
            (int) ((long) corroborations.size() * (k + 1) / slices)), evidence))
        .toList();
  }

  /**
   * Writes, from {@code at}, the packed key of every pair of a kept proposition's entries (from
   * {@code start} to {@code end}) in different lines with at least one speaking directly: both
   * sources' ranks and whether they disagree. Returns how many it wrote.
   */
  private static int pairKeys(Sides sides, int start, int end, int[] rank, long n, long[] keys,
      int at) {
    int k = end - start;
    int[] who = new int[k];
    int[] side = new int[k];
    // the proposition's entries grouped by line, so that pairs within one line are never visited
    Integer[] byLine = new Integer[k];
    for (int i = 0; i < k; i++) {
      byLine[i] = i;
      int entry = sides.decided.get(start + i);
      who[i] = rank[entry >>> 2];
      side[i] = sides.side.get(start + i);
    }
    Arrays.sort(byLine, java.util.Comparator.comparingInt((Integer i) -> sides.line.get(start + i))
        .thenComparingInt(i -> i));
    int size = at;
    int blockStart = 0;
    while (blockStart < k) {
      int line = sides.line.get(start + byLine[blockStart]);
      int blockEnd = blockStart;
      while (blockEnd < k && sides.line.get(start + byLine[blockEnd]) == line) {
        blockEnd++;
      }
      for (int x = blockStart; x < blockEnd; x++) {
        int i = byLine[x];
        boolean iDirect = sides.isDirect(start + i);
        for (int y = blockEnd; y < k; y++) {
          int j = byLine[y];
          if (iDirect || sides.isDirect(start + j)) {
            long a = Math.min(who[i], who[j]);
            long b = Math.max(who[i], who[j]);
            keys[size++] = ((a * n + b) << 1) | (side[i] == side[j] ? 0 : 1);
          }
        }
      }
      blockStart = blockEnd;
    }
    return size - at;
  }

  /**
   * What the first pass reads from a slice of the corroborations: the sides taken, with the
   * slice's sources numbered in order of appearance, and for each proposition kept (one with a
   * pair to count) where its entries start and how many pairs it counts.
   */
  private static final class Slice {
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Sides sides = new Sides();
    private final IntList kept = new IntList();
    private long pairCount;
    /** The evidence base whose source numbers are read, or null to number sources by id. */
    private final EvidenceBase evidence;
    private final References references;
    /** Whether a line named an assertion the evidence base does not hold: reading stopped. */
    private boolean notHeld;

    private Slice(EvidenceBase evidence) {
      this.evidence = evidence;
      this.references = evidence == null ? null : evidence.references();
    }

    /** Whether sources are known by the evidence base's numbers. */
    boolean byModel() {
      return evidence != null;
    }

    /** Whether some line named an assertion the evidence base does not hold. */
    boolean notHeld() {
      return notHeld;
    }

    /**
     * The number of the source of the {@code k}-th bearing of {@code line}: the evidence base's
     * number of the source of its assertion; else numbered in order of appearance by id. -1, and
     * {@link #notHeld()} from then on, for an assertion the evidence base does not hold.
     */
    int sourceNumber(EvidenceLine line, int k) {
      if (evidence != null) {
        int p = line.assertionPosition(k, evidence);
        // an assertion of the same id but other content, in another evidence base, is not held
        org.corroborate.model.Assertion a = line.bearing(k).assertion();
        if (p < 0 || (evidence.assertions().get(p) != a && !evidence.assertions().get(p).equals(a))) {
          notHeld = true;
          return -1;
        }
        return references.sourceOf(p);
      }
      String source = line.bearing(k).source();
      Integer number = seen.get(source);
      if (number == null) {
        number = names.size();
        seen.put(source, number);
        names.add(source);
      }
      return number;
    }

    static Slice read(List<Corroboration> corroborations, EvidenceBase evidence) {
      Slice slice = new Slice(evidence);
      Sides sides = slice.sides;
      LineIds lineIds = new LineIds();
      for (Corroboration c : corroborations) {
        if (slice.notHeld) {
          break; // to be read again by id
        }
        sides.clear();
        lineIds.clear();
        // value camps only for a proposition asking for a value, supporting and opposing lines
        // only for a yes/no one (Corroboration checks it): the proposition need not be read
        List<ValueCamp> values = c.values();
        for (int i = 0; i < values.size(); i++) {
          slice.addLines(values.get(i).lines(), i, lineIds);
        }
        slice.addLines(c.supporting(), 0, lineIds);
        slice.addLines(c.opposing(), 1, lineIds);
        int start = sides.decided.size();
        int direct = sides.decide();
        long pairsHere = direct > 0 ? sides.pairsAcrossLines(start, lineIds.size) : 0;
        if (pairsHere > 0) {
          slice.kept.add(start);
          // past the int range only if the total is, which the join refuses
          slice.kept.add((int) Math.min(pairsHere, Integer.MAX_VALUE));
          slice.pairCount += pairsHere;
        } else {
          sides.truncate(start);
        }
      }
      return slice;
    }

    /** Adds the bearings of {@code lines}, all on side {@code side}, by index: no iterator. */
    private void addLines(List<EvidenceLine> lines, int side, LineIds lineIds) {
      for (int l = 0; l < lines.size(); l++) {
        EvidenceLine line = lines.get(l);
        sides.add(line, side, lineIds.number(line.id()), this);
      }
    }
  }

  /**
   * The lines of the current proposition numbered by id, in the order met: a line id may be met
   * on both sides. A proposition has few lines, so they are scanned, not hashed.
   */
  private static final class LineIds {
    private String[] ids = new String[8];
    private int size;

    void clear() {
      size = 0;
    }

    int number(String id) {
      for (int k = 0; k < size; k++) {
        if (ids[k].equals(id)) {
          return k;
        }
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size] = id;
      return size++;
    }
  }

  /**
   * The sides sources take, proposition after proposition, in primitive arrays: for each source
   * deciding on a proposition its number (shifted left by two, the low bits unused) and its side;
   * the sources with a side, on propositions not kept, still count as speaking.
   */
  private static final class Sides {
    private final IntList decided = new IntList();
    private final IntList side = new IntList();
    private final IntList line = new IntList();
    private final IntList direct = new IntList();
    private final IntList speaking = new IntList();
    /** The bearings of the current proposition: source number, then the bearing's position. */
    private long[] current = new long[16];
    private int[] currentSide = new int[16];
    private int[] currentLine = new int[16];
    private boolean[] currentDirect = new boolean[16];
    private int count;
    /** Per line of the current proposition, its sources, and those speaking by derivation. */
    private long[] lineAll = new long[16];
    private long[] lineDerived = new long[16];

    void clear() {
      count = 0;
    }

    void add(EvidenceLine evidenceLine, int campSide, int lineNumber, Slice slice) {
      // by index: a line of one bearing makes no list, and no iterator is made
      for (int k = 0; k < evidenceLine.size(); k++) {
        Bearing b = evidenceLine.bearing(k);
        int number = slice.sourceNumber(evidenceLine, k);
        if (number < 0) {
          return; // the slice is to be read again by id
        }
        if (count == current.length) {
          current = Arrays.copyOf(current, count * 2);
          currentSide = Arrays.copyOf(currentSide, count * 2);
          currentLine = Arrays.copyOf(currentLine, count * 2);
          currentDirect = Arrays.copyOf(currentDirect, count * 2);
        }
        current[count] = ((long) number << 32) | count;
        currentSide[count] = campSide;
        currentLine[count] = lineNumber;
        currentDirect[count] = !b.derived();
        count++;
      }
    }

    /**
     * Appends the sources that take exactly one side on the current proposition, the direct
     * speakers first, each with its side and line, and returns how many of them speak directly.
     */
    int decide() {
      Arrays.sort(current, 0, count);
      int directCount = 0;
      // direct speakers, then derived ones: two sweeps over the sources in number order
      for (int sweep = 0; sweep < 2; sweep++) {
        for (int i = 0; i < count; ) {
          int source = (int) (current[i] >>> 32);
          int first = (int) current[i];
          int firstSide = currentSide[first];
          int firstLine = currentLine[first];
          boolean one = true;
          boolean speaksDirectly = false;
          int j = i;
          for (; j < count && (int) (current[j] >>> 32) == source; j++) {
            int at = (int) current[j];
            one &= currentSide[at] == firstSide;
            speaksDirectly |= currentDirect[at];
            firstLine = Math.min(firstLine, currentLine[at]);
          }
          i = j;
          if (one && speaksDirectly == (sweep == 0)) {
            decided.add(source << 2);
            side.add(firstSide);
            line.add(firstLine);
            direct.add(speaksDirectly ? 1 : 0);
            if (speaksDirectly) {
              directCount++;
            }
          }
        }
      }
      return directCount;
    }

    boolean isDirect(int entry) {
      return direct.get(entry) == 1;
    }

    /**
     * How many pairs of the current proposition's sources (from {@code start}) lie in different
     * lines with at least one of the two speaking directly: all pairs across lines less those of
     * two derived speakers. The proposition's lines are numbered from 0 to {@code lines - 1}, so
     * they are counted in arrays: O(k + lines).
     */
    long pairsAcrossLines(int start, int lines) {
      if (lineAll.length < lines) {
        lineAll = new long[Math.max(lines, 2 * lineAll.length)];
        lineDerived = new long[lineAll.length];
      }
      Arrays.fill(lineAll, 0, lines, 0L);
      Arrays.fill(lineDerived, 0, lines, 0L);
      long all = 0;
      long derived = 0;
      for (int e = start; e < decided.size(); e++) {
        lineAll[line.get(e)]++;
        all++;
        if (!isDirect(e)) {
          lineDerived[line.get(e)]++;
          derived++;
        }
      }
      long sameLineAll = 0;
      long sameLineDerived = 0;
      for (int l = 0; l < lines; l++) {
        sameLineAll += lineAll[l] * lineAll[l];
        sameLineDerived += lineDerived[l] * lineDerived[l];
      }
      return (all * all - sameLineAll) / 2 - (derived * derived - sameLineDerived) / 2;
    }

    /** Appends the sides of {@code other}, its source numbers mapped through {@code global}. */
    /** Room for {@code decidedCount} sources with a side and {@code speakingCount} others. */
    void reserve(int decidedCount, int speakingCount) {
      decided.reserve(decidedCount);
      side.reserve(decidedCount);
      line.reserve(decidedCount);
      direct.reserve(decidedCount);
      speaking.reserve(speakingCount);
    }

    void append(Sides other, int[] global) {
      for (int e = 0; e < other.decided.size(); e++) {
        decided.add(global[other.decided.get(e) >>> 2] << 2);
        side.add(other.side.get(e));
        line.add(other.line.get(e));
        direct.add(other.direct.get(e));
      }
      for (int e = 0; e < other.speaking.size(); e++) {
        speaking.add(global[other.speaking.get(e)]);
      }
    }

    void truncate(int size) {
      for (int e = size; e < decided.size(); e++) {
        speaking.add(decided.get(e) >>> 2);
      }
      decided.truncate(size);
      side.truncate(size);
      line.truncate(size);
      direct.truncate(size);
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int i) {
      return values[i];
    }

    /** Room for {@code capacity} values in all, without growing again. */
    void reserve(int capacity) {
      if (capacity > values.length) {
        values = Arrays.copyOf(values, capacity);
      }
    }

    int size() {
      return size;
    }

    void truncate(int newSize) {
      size = newSize;
    }
  }

  /** The sources that take a side on some proposition, sorted. */
  public ImmutableSortedSet<String> sources() {
    return ImmutableSortedSet.copyOf(Arrays.asList(ids));
  }

  /** Every pair of sources that both took sides on some proposition, ordered by ids. O(pairs). */
  public ImmutableList<SourcePair> pairs() {
    ImmutableList.Builder<SourcePair> out = ImmutableList.builderWithExpectedSize(second.length);
    for (int i = 0; i < ids.length; i++) {
      for (int p = rows[i]; p < rows[i + 1]; p++) {
        out.add(new SourcePair(ids[i], ids[second[p]], agreements[p], disagreements[p]));
      }
    }
    return out.build();
  }

  /**
   * The signed graph as an unmodifiable JGraphT graph: an edge per pair whose balance is not zero.
   * Built on each call, O(sources + edges).
   */
  public Graph<String, DefaultWeightedEdge> graph() {
    SimpleWeightedGraph<String, DefaultWeightedEdge> g =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (String id : ids) {
      g.addVertex(id);
    }
    for (int i = 0; i < ids.length; i++) {
      for (int p = rows[i]; p < rows[i + 1]; p++) {
        int balance = agreements[p] - disagreements[p];
        if (balance != 0) {
          g.setEdgeWeight(g.addEdge(ids[i], ids[second[p]]), balance);
        }
      }
    }
    return new AsUnmodifiableGraph<>(g);
  }
}
