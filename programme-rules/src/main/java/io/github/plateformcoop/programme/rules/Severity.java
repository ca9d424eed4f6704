package io.github.plateformcoop.programme.rules;

/**
 * How serious a finding is. Declared from the most to the least serious, which is the order of a
 * {@link ValidationReport}.
 */
public enum Severity {
  /** The cycle is wrong: it must not be published as it is. */
  ERROR,
  /** Something deserves a look: a gap between sources, an unusual choice. */
  WARNING,
  /** Worth knowing, nothing to fix: séances not yet dated. */
  INFO
}
