/**
 * The built-in rules on the schedule of a cycle: séance counts, lengths, periods, overlaps,
 * intervenants in two places at once, the calendar, the first day, the order of the briques.
 */
package io.github.plateformcoop.programme.rules.schedule;
