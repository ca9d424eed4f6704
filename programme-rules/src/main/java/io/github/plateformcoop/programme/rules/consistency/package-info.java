/**
 * The built-in rules on references, eligibility and data consistency.
 */
package io.github.plateformcoop.programme.rules.consistency;
