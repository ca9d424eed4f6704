/**
 * Validation of a cycle de qualification: rules with stable codes and severities, rule sets
 * configured per region, the validation report, and the same findings through Jakarta
 * Validation.
 */
module io.github.plateformcoop.programme.rules {
  requires transitive io.github.plateformcoop.programme.model;
  requires transitive org.hibernate.validator;

  exports io.github.plateformcoop.programme.rules;
  exports io.github.plateformcoop.programme.rules.consistency;
  exports io.github.plateformcoop.programme.rules.calendar;
  exports io.github.plateformcoop.programme.rules.completion;
  exports io.github.plateformcoop.programme.rules.jakarta;
  exports io.github.plateformcoop.programme.rules.schedule;

  // Hibernate Validator instantiates the validator of ValidCycle by reflection.
  opens io.github.plateformcoop.programme.rules.internal to org.hibernate.validator;
}
