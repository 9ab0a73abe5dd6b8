package org.corroborate.analysis.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.corroborate.model.Slug;

/**
 * A vertex of an {@link EvidenceGraph}: a source, a proposition or a passage of the evidence base.
 *
 * <p>Its {@link #id()} is stable and unique across kinds: the kind's {@linkplain
 * VertexKind#prefix() prefix}, a colon and the model element's id ({@code source:huseyn-aliyev}).
 * Its label is what a person reads: a source's name, a proposition's text, or for a passage the
 * name of the document's source and the locator ({@code Huseyn Aliyev ¶82}).
 *
 * @param kind what the vertex stands for
 * @param modelId the id of the source, proposition or passage in the evidence base
 * @param label a human-readable label; not blank
 */
public record EvidenceVertex(VertexKind kind, String modelId, String label) {

  /** Validates every part; see the parameter descriptions. */
  public EvidenceVertex {
    Objects.requireNonNull(kind, "vertex kind");
    Slug.require(modelId, "vertex model id");
    Objects.requireNonNull(label, "vertex label");
    checkArgument(!label.isBlank(), "vertex label is blank for %s:%s", kind, modelId);
  }

  /** The vertex id: the kind's prefix, a colon and the model id, {@code source:huseyn-aliyev}. */
  public String id() {
    return id(kind, modelId);
  }

  /** The vertex id of the model element {@code modelId} of {@code kind}. */
  public static String id(VertexKind kind, String modelId) {
    return kind.prefix() + ":" + modelId;
  }

  /** The id and the label: {@code source:huseyn-aliyev (Huseyn Aliyev)}. */
  @Override
  public String toString() {
    return id() + " (" + label + ")";
  }
}
