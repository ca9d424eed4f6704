/**
 * The immutable value types of a cycle de qualification, their Jakarta constraints and their
 * JSON mapping.
 */
module io.github.plateformcoop.programme.model {
  requires transitive jakarta.validation;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports io.github.plateformcoop.programme.model;
  exports io.github.plateformcoop.programme.model.codes;
  exports io.github.plateformcoop.programme.model.completion;
  exports io.github.plateformcoop.programme.model.constraints;
  exports io.github.plateformcoop.programme.model.json;
  exports io.github.plateformcoop.programme.model.message;
  // The model's messages, for the rules that report its constraints.
  exports io.github.plateformcoop.programme.model.internal to io.github.plateformcoop.programme.rules;
  exports io.github.plateformcoop.programme.model.style;

  provides tools.jackson.databind.JacksonModule with io.github.plateformcoop.programme.model.json.ProgrammeJsonModule;

  // The generated implementations are package-private: JSON mappers and validation providers
  // reach them by reflection, whichever provider the application chose.
  opens io.github.plateformcoop.programme.model;
  opens io.github.plateformcoop.programme.model.completion;
  // Validation providers instantiate the constraint validators by reflection.
  opens io.github.plateformcoop.programme.model.constraints.internal;
}
