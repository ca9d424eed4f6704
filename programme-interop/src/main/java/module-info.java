/**
 * Exports of a cycle de qualification to the formats other tools read: iCalendar invitations,
 * schema.org JSON-LD, Open Badges 3.0 credentials.
 */
module io.github.plateformcoop.programme.interop {
  requires transitive io.github.plateformcoop.programme.rules;
  requires ical4j.core;

  exports io.github.plateformcoop.programme.interop;
}
