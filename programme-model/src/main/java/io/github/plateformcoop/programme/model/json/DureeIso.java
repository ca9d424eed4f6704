package io.github.plateformcoop.programme.model.json;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A duration read from ISO-8601 text only ({@code PT3H}, {@code P1D}), as {@link Duration#parse}
 * reads it: a number is refused rather than read as seconds, which a partner writing 3 for three
 * hours would not notice.
 */
final class DureeIso extends StdScalarDeserializer<Duration> {

  DureeIso() {
    super(Duration.class);
  }

  @Override
  public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
    }
    String texte = p.getString();
    try {
      return Duration.parse(texte);
    } catch (DateTimeParseException e) {
      return (Duration) ctxt.handleWeirdStringValue(Duration.class, texte, e.getMessage());
    }
  }
}
