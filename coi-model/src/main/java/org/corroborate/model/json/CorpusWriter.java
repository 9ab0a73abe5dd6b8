package org.corroborate.model.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.LocatorKind;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantity;
import org.corroborate.model.Reliability;
import org.corroborate.model.Source;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;
import org.corroborate.model.UnitConversion;
import org.corroborate.model.json.Forms.AssertionForm;
import org.corroborate.model.json.Forms.BasisForm;
import org.corroborate.model.json.Forms.ConversionForm;
import org.corroborate.model.json.Forms.Corpus;
import org.corroborate.model.json.Forms.DocumentForm;
import org.corroborate.model.json.Forms.LocatorForm;
import org.corroborate.model.json.Forms.PassageForm;
import org.corroborate.model.json.Forms.PlaceForm;
import org.corroborate.model.json.Forms.PropositionForm;
import org.corroborate.model.json.Forms.QuantityForm;
import org.corroborate.model.json.Forms.RelationForm;
import org.corroborate.model.json.Forms.SourceForm;
import org.corroborate.model.json.Forms.TimeSpanForm;
import org.corroborate.model.json.Forms.TopicForm;

/** Converts the model to its JSON forms; absent and default values become null (omitted). */
final class CorpusWriter {

  private CorpusWriter() {}

  /** The JSON name of an enum constant: lower case, {@code _} as {@code -}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Corpus corpus(EvidenceBase e) {
    return new Corpus(
        CorpusJson.FORMAT,
        list(e.sources(), CorpusWriter::source),
        list(e.documents(), CorpusWriter::document),
        list(e.passages(), CorpusWriter::passage),
        list(e.topics(), CorpusWriter::topic),
        list(e.places(), CorpusWriter::place),
        list(e.propositions(), CorpusWriter::proposition),
        list(e.assertions(), CorpusWriter::assertion),
        list(e.relations(), CorpusWriter::relation),
        list(e.conversions(), CorpusWriter::conversion));
  }

  private static <T, F> List<F> list(List<T> items, Function<T, F> form) {
    return items.isEmpty() ? null : items.stream().map(form).toList();
  }

  private static SourceForm source(Source s) {
    return new SourceForm(
        s.id(),
        s.name(),
        s.aliases().isEmpty() ? null : s.aliases(),
        name(s.kind()),
        s.description().orElse(null),
        s.reliability() == Reliability.F ? null : s.reliability().name(),
        s.origin().equals(s.id()) ? null : s.origin());
  }

  private static DocumentForm document(Document d) {
    return new DocumentForm(
        d.id(),
        name(d.kind()),
        d.source(),
        d.title(),
        d.date().map(PartialDate::toString).orElse(null),
        d.url().orElse(null),
        d.published().map(PartialDate::toString).orElse(null));
  }

  private static PassageForm passage(Passage p) {
    LocatorForm locator =
        new LocatorForm(
            name(p.locator().kind()),
            p.locator().kind() == LocatorKind.WHOLE_DOCUMENT ? null : p.locator().value(),
            p.locator().occurrence() == 1 ? null : p.locator().occurrence());
    return new PassageForm(p.id(), p.document(), locator, p.text().orElse(null));
  }

  private static TopicForm topic(Topic t) {
    return new TopicForm(t.id(), t.label(), t.parent().orElse(null));
  }

  private static PlaceForm place(Place p) {
    return new PlaceForm(
        p.id(), p.name(), p.parents().isEmpty() ? null : List.copyOf(p.parents()));
  }

  private static PropositionForm proposition(Proposition p) {
    return new PropositionForm(
        p.id(),
        p.topic(),
        p.text(),
        p.subject().orElse(null),
        p.relation().orElse(null),
        p.place().orElse(null),
        p.time().map(CorpusWriter::timeSpan).orElse(null),
        p.unit().orElse(null),
        p.categorical() ? Boolean.TRUE : null,
        p.aliases().isEmpty() ? null : List.copyOf(p.aliases()));
  }

  private static TimeSpanForm timeSpan(TimeSpan t) {
    return new TimeSpanForm(
        t.from().map(PartialDate::toString).orElse(null),
        t.to().map(PartialDate::toString).orElse(null));
  }

  static QuantityForm quantity(Quantity q) {
    BigDecimal low = q.lower().orElse(null);
    BigDecimal high = q.upper().orElse(null);
    return new QuantityForm(
        q.lowerInclusive() ? low : null,
        q.lowerInclusive() ? null : low,
        q.upperInclusive() ? high : null,
        q.upperInclusive() ? null : high,
        q.approximate() ? Boolean.TRUE : null,
        q.unit());
  }

  static BasisForm basis(Basis b) {
    return new BasisForm(
        name(b.kind()), b.reportedBy().orElse(null), b.document().orElse(null));
  }

  private static AssertionForm assertion(Assertion a) {
    Basis basis = a.basis();
    boolean unstated = basis.kind() == BasisKind.UNSTATED && basis.document().isEmpty();
    return new AssertionForm(
        a.id(),
        a.source(),
        a.proposition(),
        name(a.stance()),
        a.value().map(CorpusWriter::quantity).orElse(null),
        a.category().map(c -> List.copyOf(c.members())).orElse(null),
        name(a.hedge()),
        unstated ? null : basis(basis),
        a.credibility() == Credibility.CANNOT_BE_JUDGED ? null : a.credibility().grade(),
        a.asOf().map(CorpusWriter::timeSpan).orElse(null),
        a.passages(),
        a.quote().orElse(null),
        a.quantifier().map(CorpusWriter::name).orElse(null));
  }

  private static ConversionForm conversion(UnitConversion c) {
    return new ConversionForm(c.from(), c.to(), c.rate(), c.date().toString(),
        c.passage().orElse(null), c.note().orElse(null));
  }

  private static RelationForm relation(PropositionRelation r) {
    return new RelationForm(name(r.kind()), r.from(), r.to(), r.reason());
  }
}
