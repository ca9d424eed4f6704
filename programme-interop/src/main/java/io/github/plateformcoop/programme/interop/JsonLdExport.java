package io.github.plateformcoop.programme.interop;

import java.util.List;
import java.util.Objects;

/**
 * What a schema.org export wrote: its JSON-LD text, and the séances it left out because they are
 * not dated yet (a brique's {@code CourseInstance} then lists only its dated séances).
 *
 * @param json the JSON-LD document, not null
 * @param leftOutSeanceIds the undated séances left out, in the cycle's order, never null
 */
public record JsonLdExport(String json, List<String> leftOutSeanceIds) {

  /**
   * Copies the list.
   *
   * @param json the JSON-LD document, not null
   * @param leftOutSeanceIds the undated séances left out, not null
   */
  public JsonLdExport {
    Objects.requireNonNull(json, "json");
    leftOutSeanceIds = List.copyOf(Objects.requireNonNull(leftOutSeanceIds, "leftOutSeanceIds"));
  }
}
