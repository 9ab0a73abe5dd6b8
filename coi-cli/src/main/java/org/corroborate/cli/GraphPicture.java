package org.corroborate.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.graph.EdgeKind;
import org.corroborate.analysis.graph.EvidenceEdge;
import org.corroborate.analysis.graph.EvidenceGraph;
import org.corroborate.analysis.graph.EvidenceVertex;
import org.corroborate.analysis.graph.VertexKind;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;

/**
 * An evidence graph drawn as an SVG picture, laid out without Graphviz in three columns: the
 * sources on the left, the propositions in the middle, the passages on the right. A line from a
 * source to a proposition is an assertion, from a proposition to a passage the place it is written;
 * both are coloured by the assertion's position (affirms, denies, a value, uncertain, no evidence
 * of). Declared entailments and contradictions are arcs right of the propositions, a source
 * relaying another an arc left of the sources.
 *
 * <p>The layout is a one-pass barycentre ordering of a layered graph (Sugiyama, Tagawa and Toda,
 * 1981, doi:10.1109/TSMC.1981.4308636): the propositions keep the order given, each source sits at
 * the mean position of the propositions it speaks to, each passage at the mean position of the
 * propositions citing it; ties go by label, then id; each column is spread evenly over the height
 * of the longest. It is deterministic — the same graph gives the
 * same bytes — and takes O(|V| log |V| + |E|). Coordinates are whole pixels, so nothing depends on
 * the default locale. Labels too long for their box are cut with an ellipsis; every box carries
 * its full label as a tooltip. All text is escaped with {@link HtmlEscaper}.
 */
final class GraphPicture {

  private static final int ROW = 24;
  private static final int BOX = 18;
  private static final int TOP = 64;
  private static final int SOURCE_X = 24;
  private static final int SOURCE_W = 210;
  private static final int PROPOSITION_X = 330;
  private static final int PROPOSITION_W = 440;
  private static final int PASSAGE_X = 900;
  private static final int PASSAGE_W = 200;
  private static final int WIDTH = 1140;
  /** A generous width of one character of the 12-pixel sans-serif font, to cut labels safely. */
  private static final double CHAR = 6.6;

  private GraphPicture() {}

  /** The position an assertion takes, as the picture colours it. */
  enum Position {
    AFFIRMS("#1a7f37", "affirms"),
    DENIES("#cf222e", "denies"),
    VALUE("#0969da", "gives a value"),
    UNCERTAIN("#9a6700", "uncertain"),
    NO_EVIDENCE("#8c959f", "no evidence of");

    final String colour;
    final String words;

    Position(String colour, String words) {
      this.colour = colour;
      this.words = words;
    }

    static Position of(Assertion a) {
      if (a.hedge() == Hedge.NO_EVIDENCE_OF) {
        return NO_EVIDENCE;
      }
      if (a.value().isPresent()) {
        return VALUE;
      }
      return switch (a.stance()) {
        case AFFIRMS -> AFFIRMS;
        case DENIES -> DENIES;
        case UNCERTAIN -> UNCERTAIN;
      };
    }
  }

  /**
   * The picture of {@code graph} as an {@code <svg>} element (no XML declaration, no namespace
   * URI: it is meant to be inlined in an HTML page).
   *
   * @param graph the graph to draw
   * @param evidence the evidence base the graph was built from, to name the passages
   * @param order the propositions in the order they are drawn and numbered, from 1; propositions
   *     of the graph not listed follow, unnumbered, in id order
   */
  static String svg(EvidenceGraph graph, EvidenceBase evidence, List<String> order) {
    Map<String, Integer> number = new HashMap<>();
    List<EvidenceVertex> propositions = new ArrayList<>();
    for (String id : order) {
      graph.vertex(VertexKind.PROPOSITION, id).ifPresent(v -> {
        number.put(v.id(), number.size() + 1);
        propositions.add(v);
      });
    }
    graph.vertices(VertexKind.PROPOSITION).stream().filter(v -> !number.containsKey(v.id()))
        .sorted(Comparator.comparing(EvidenceVertex::modelId)).forEach(propositions::add);
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < propositions.size(); i++) {
      row.put(propositions.get(i).id(), i);
    }
    Map<String, String> labels = new HashMap<>();
    for (EvidenceVertex v : graph.graph().vertexSet()) {
      labels.put(v.id(), switch (v.kind()) {
        case SOURCE -> v.label();
        case PROPOSITION -> number.containsKey(v.id()) ? number.get(v.id()) + ". " + v.label() : v.label();
        case PASSAGE -> PassageReference.of(v.modelId(), evidence).citation();
      });
    }
    List<EvidenceVertex> sources = byBarycentre(graph, VertexKind.SOURCE, EdgeKind.ASSERTS, row, labels);
    List<EvidenceVertex> passages = byBarycentre(graph, VertexKind.PASSAGE, EdgeKind.CITES, row, labels);

    int rows = Math.max(1, Math.max(propositions.size(), Math.max(sources.size(), passages.size())));
    int height = TOP + rows * ROW + 16;
    Map<String, Integer> y = new HashMap<>();
    place(sources, rows, y);
    place(propositions, rows, y);
    place(passages, rows, y);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"graph\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"")
        .append(HtmlEscaper.escape("Evidence graph: " + sources.size() + " sources, "
            + propositions.size() + " propositions, " + passages.size() + " passages"))
        .append("\">\n");
    legend(svg);
    heading(svg, SOURCE_X, "Sources");
    heading(svg, PROPOSITION_X, "Propositions");
    heading(svg, PASSAGE_X, "Passages of the minutes");

    svg.append("<g class=\"edges\" fill=\"none\" stroke-width=\"1.5\">\n");
    Set<String> drawn = new LinkedHashSet<>();
    for (EvidenceEdge e : graph.graph().edgeSet()) {
      EvidenceVertex from = graph.graph().getEdgeSource(e);
      EvidenceVertex to = graph.graph().getEdgeTarget(e);
      int y1 = y.get(from.id()) + BOX / 2;
      int y2 = y.get(to.id()) + BOX / 2;
      String line = switch (e.kind()) {
        case ASSERTS -> line(SOURCE_X + SOURCE_W, y1, PROPOSITION_X, y2,
            Position.of(e.assertion().orElseThrow()));
        case CITES -> line(PROPOSITION_X + PROPOSITION_W, y1, PASSAGE_X, y2,
            Position.of(e.assertion().orElseThrow()));
        case CONTRADICTS -> arc(PROPOSITION_X + PROPOSITION_W, y1, y2, 1, "#8250df", "");
        case ENTAILS -> arc(PROPOSITION_X + PROPOSITION_W, y1, y2, 1, "#8250df", " stroke-dasharray=\"2 3\"");
        case REPORTED_BY -> arc(SOURCE_X, y1, y2, -1, "#57606a", " stroke-dasharray=\"2 3\"");
      };
      if (drawn.add(line)) {
        svg.append(line);
      }
    }
    svg.append("</g>\n");

    svg.append("<g class=\"vertices\">\n");
    sources.forEach(v -> box(svg, SOURCE_X, SOURCE_W, y.get(v.id()), labels.get(v.id()), "#ddf4ff", "#54aeff"));
    propositions.forEach(v -> box(svg, PROPOSITION_X, PROPOSITION_W, y.get(v.id()), labels.get(v.id()), "#fff8c5", "#d4a72c"));
    passages.forEach(v -> box(svg, PASSAGE_X, PASSAGE_W, y.get(v.id()), labels.get(v.id()), "#f6f8fa", "#8c959f"));
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** The vertices of {@code kind}, by the mean row of the propositions joined by {@code via}. */
  private static List<EvidenceVertex> byBarycentre(EvidenceGraph graph, VertexKind kind, EdgeKind via,
      Map<String, Integer> row, Map<String, String> labels) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (EvidenceEdge e : graph.edges(via)) {
      EvidenceVertex end = kind == VertexKind.SOURCE ? graph.graph().getEdgeSource(e) : graph.graph().getEdgeTarget(e);
      EvidenceVertex proposition = kind == VertexKind.SOURCE ? graph.graph().getEdgeTarget(e) : graph.graph().getEdgeSource(e);
      double[] sum = sums.computeIfAbsent(end.id(), k -> new double[2]);
      sum[0] += row.get(proposition.id());
      sum[1] += 1;
    }
    Map<String, Double> centre = new HashMap<>();
    for (EvidenceVertex v : graph.vertices(kind)) {
      double[] sum = sums.get(v.id());
      centre.put(v.id(), sum == null ? Double.MAX_VALUE : sum[0] / sum[1]);
    }
    List<EvidenceVertex> sorted = new ArrayList<>(graph.vertices(kind));
    sorted.sort(Comparator.<EvidenceVertex>comparingDouble(v -> centre.get(v.id()))
        .thenComparing((EvidenceVertex v) -> labels.get(v.id())).thenComparing((EvidenceVertex v) -> v.id()));
    return sorted;
  }

  /**
   * Gives each vertex its top: the column spread evenly over the height of {@code rows} rows, so
   * that a short column faces the whole of a long one and lines stay shallow.
   */
  private static void place(List<EvidenceVertex> column, int rows, Map<String, Integer> y) {
    int n = column.size();
    for (int i = 0; i < n; i++) {
      y.put(column.get(i).id(), TOP + (2 * i + 1) * rows * ROW / (2 * n) - ROW / 2);
    }
  }

  private static String line(int x1, int y1, int x2, int y2, Position position) {
    String dash = position == Position.NO_EVIDENCE ? " stroke-dasharray=\"4 3\"" : "";
    return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
        + "\" stroke=\"" + position.colour + "\"" + dash + "/>\n";
  }

  /** A curve from (x, y1) to (x, y2) bulging right ({@code side} 1) or left (-1). */
  private static String arc(int x, int y1, int y2, int side, String colour, String extra) {
    int bulge = x + side * (20 + Math.min(120, Math.abs(y2 - y1) / 4));
    return "<path d=\"M " + x + ' ' + y1 + " C " + bulge + ' ' + y1 + ' ' + bulge + ' ' + y2 + ' '
        + x + ' ' + y2 + "\" fill=\"none\" stroke=\"" + colour + "\"" + extra + "/>\n";
  }

  private static void box(StringBuilder svg, int x, int width, int y, String label, String fill, String stroke) {
    int fits = (int) ((width - 12) / CHAR);
    String shown = label.length() <= fits ? label : label.substring(0, fits - 1).stripTrailing() + "…";
    svg.append("<g><title>").append(HtmlEscaper.escape(label)).append("</title>")
        .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
        .append("\" height=\"").append(BOX).append("\" rx=\"4\" fill=\"").append(fill)
        .append("\" stroke=\"").append(stroke).append("\"/>")
        .append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 13).append("\">")
        .append(HtmlEscaper.escape(shown)).append("</text></g>\n");
  }

  private static void heading(StringBuilder svg, int x, String text) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 12)
        .append("\" font-weight=\"bold\">").append(HtmlEscaper.escape(text)).append("</text>\n");
  }

  private static void legend(StringBuilder svg) {
    int x = SOURCE_X;
    for (Position p : Position.values()) {
      svg.append(line(x, 16, x + 28, 16, p));
      svg.append("<text x=\"").append(x + 34).append("\" y=\"20\">").append(HtmlEscaper.escape(p.words))
          .append("</text>\n");
      x += 46 + (int) (p.words.length() * CHAR);
    }
    svg.append(arc(x, 10, 22, 1, "#8250df", ""));
    svg.append("<text x=\"").append(x + 28).append("\" y=\"20\">contradicts</text>\n");
    x += 34 + (int) ("contradicts".length() * CHAR) + 12;
    svg.append(arc(x, 10, 22, 1, "#8250df", " stroke-dasharray=\"2 3\""));
    svg.append("<text x=\"").append(x + 28).append("\" y=\"20\">entails</text>\n");
  }
}
