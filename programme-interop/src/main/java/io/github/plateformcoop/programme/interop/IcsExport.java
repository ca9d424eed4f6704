package io.github.plateformcoop.programme.interop;

import java.util.List;
import java.util.Objects;

/**
 * What an iCalendar export wrote: the séances that became events, and the séances it left out
 * because they are not dated yet.
 *
 * @param writtenSeanceIds the séances written as events, in the cycle's order, never null
 * @param leftOutSeanceIds the undated séances left out, in the cycle's order, never null
 */
public record IcsExport(List<String> writtenSeanceIds, List<String> leftOutSeanceIds) {

  /**
   * Copies the lists.
   *
   * @param writtenSeanceIds the séances written as events, not null
   * @param leftOutSeanceIds the undated séances left out, not null
   */
  public IcsExport {
    writtenSeanceIds = List.copyOf(Objects.requireNonNull(writtenSeanceIds, "writtenSeanceIds"));
    leftOutSeanceIds = List.copyOf(Objects.requireNonNull(leftOutSeanceIds, "leftOutSeanceIds"));
  }
}
