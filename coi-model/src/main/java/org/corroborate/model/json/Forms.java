package org.corroborate.model.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shapes of the JSON format, one record per object, as Jackson reads and writes them. Fields
 * are null when absent: these records never leave this package, and are converted to and from the
 * null-free model by {@link CorpusJson}.
 */
final class Forms {

  private Forms() {}

  record Corpus(
      String format,
      List<SourceForm> sources,
      List<DocumentForm> documents,
      List<PassageForm> passages,
      List<TopicForm> topics,
      List<PlaceForm> places,
      List<PropositionForm> propositions,
      List<AssertionForm> assertions,
      List<RelationForm> relations,
      List<ConversionForm> conversions) {}

  record SourceForm(
      String id,
      String name,
      List<String> aliases,
      String kind,
      String description,
      String reliability,
      String origin) {}

  record DocumentForm(
      String id, String kind, String source, String title, String date, String url,
      String published) {}

  record PassageForm(String id, String document, LocatorForm locator, String text) {}

  record LocatorForm(String kind, String value, Integer occurrence) {}

  record TopicForm(String id, String label, String parent) {}

  record PlaceForm(String id, String name, List<String> parents) {}

  record PropositionForm(
      String id,
      String topic,
      String text,
      String subject,
      String relation,
      String place,
      TimeSpanForm time,
      String unit,
      Boolean categorical,
      List<String> aliases) {}

  record TimeSpanForm(String from, String to) {}

  record QuantityForm(
      BigDecimal minimum,
      BigDecimal exclusiveMinimum,
      BigDecimal maximum,
      BigDecimal exclusiveMaximum,
      Boolean approximate,
      String unit) {}

  record BasisForm(String kind, String reportedBy, String document) {}

  record AssertionForm(
      String id,
      String source,
      String proposition,
      String stance,
      QuantityForm value,
      List<String> category,
      String hedge,
      BasisForm basis,
      Integer credibility,
      TimeSpanForm asOf,
      List<String> passages,
      String quote,
      String quantifier) {}

  record RelationForm(String kind, String from, String to, String reason) {}

  record ConversionForm(
      String from, String to, BigDecimal rate, String date, String passage, String note) {}
}
