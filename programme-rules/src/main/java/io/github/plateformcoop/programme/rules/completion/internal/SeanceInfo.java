package io.github.plateformcoop.programme.rules.completion.internal;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A séance as evaluated: its day (null while undated), its length, the most that can be attended
 * of it, its hours, whether it is held by the date.
 */
record SeanceInfo(String id, LocalDate date, Duration duree, Duration maximale, double heures, boolean tenue) {}
