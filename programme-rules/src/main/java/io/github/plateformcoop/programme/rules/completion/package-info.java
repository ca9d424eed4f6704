/**
 * Completion of a cycle: the evaluation of its criteria as of a date, per participant and per
 * collectivité, with the numbers behind each criterion, the hours and dates attended, and early
 * warnings.
 */
package io.github.plateformcoop.programme.rules.completion;
