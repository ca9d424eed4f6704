/**
 * Validation of a cycle de qualification: rules with stable codes and severities, rule sets
 * configured per region, and the validation report.
 */
package io.github.plateformcoop.programme.rules;
