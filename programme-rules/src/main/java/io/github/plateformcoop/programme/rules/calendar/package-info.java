/**
 * The French calendar: public holidays for any year and territory, and closures a region gives
 * as data, combined into the calendar a cycle's schedule is checked against.
 */
package io.github.plateformcoop.programme.rules.calendar;
