/**
 * Exports of a cycle de qualification to the formats other tools read: iCalendar invitations.
 */
module io.github.plateformcoop.programme.interop {
  requires transitive io.github.plateformcoop.programme.model;
  requires ical4j.core;

  exports io.github.plateformcoop.programme.interop;
}
