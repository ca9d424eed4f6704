package io.github.plateformcoop.programme.rules.completion.internal;

/**
 * The share attended of each séance of the cycle, and whether its absence is excused.
 *
 * @param parts the share of each séance, from 0 to 1
 * @param excuses whether each séance's absence is excused
 */
record Valeurs(double[] parts, boolean[] excuses) {}
