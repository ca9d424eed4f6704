package io.github.plateformcoop.programme.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the command line's start: a minimal program that does what the command line's
 * every run needs, with Jackson and Hibernate Validator only. It reads a small document into a
 * record, validates it and prints the number of violations.
 */
public final class MainMinimal {

  private MainMinimal() {}

  /** A document's value with two field constraints. */
  public record Valeur(@NotBlank @Pattern(regexp = "[a-z0-9-]+") String id, @NotBlank String intitule) {}

  /**
   * Reads, validates, prints.
   *
   * @param arguments none
   */
  public static void main(String[] arguments) {
    Valeur valeur = JsonMapper.builder().build()
        .readValue("{\"id\":\"plateformcoop\",\"intitule\":\"Cycle de qualification\"}", Valeur.class);
    Validator validateur = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    System.out.println(validateur.validate(valeur).size() + " violations");
  }
}
