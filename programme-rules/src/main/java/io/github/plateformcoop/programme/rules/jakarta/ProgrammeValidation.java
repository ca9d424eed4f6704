package io.github.plateformcoop.programme.rules.jakarta;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.consistency.ModelConstraintRules;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The programme's rules through Jakarta Validation, for applications that speak only that
 * (Spring, Quarkus, Jakarta EE).
 *
 * <p>A ready validator checks the model's constraints and the rule set's findings together:
 *
 * <pre>{@code
 * Validator validator = ProgrammeValidation.validator(RuleSet.defaults(), Locale.FRENCH);
 * Set<ConstraintViolation<Cycle>> violations = validator.validate(cycle);
 * }</pre>
 *
 * <p>An application that builds its own Hibernate Validator plugs the rules in with
 * {@link #configure}, which declares {@link ValidCycle} on {@code Cycle} and hands the rule set
 * to its validator:
 *
 * <pre>{@code
 * HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
 * ProgrammeValidation.configure(configuration, RuleSet.defaults(), Locale.ENGLISH, Severity.WARNING);
 * Validator validator = configuration.buildValidatorFactory().getValidator();
 * }</pre>
 *
 * <p>Messages are the findings' own, written when the rules run, in the locale given here; they
 * are passed to the validator as literal text, so that nothing in the data is ever interpolated.
 * The ready validator uses Hibernate Validator's {@link ParameterMessageInterpolator}, which
 * evaluates no expression language.
 */
public final class ProgrammeValidation {

  private ProgrammeValidation() {}

  /**
   * What the validator of {@link ValidCycle} runs: the rule set, the locale of the messages,
   * the lowest severity reported.
   *
   * @param ruleSet the rules, not null
   * @param locale the language of the messages, not null
   * @param minimumSeverity the lowest severity turned into a violation, not null
   */
  public record Settings(RuleSet ruleSet, Locale locale, Severity minimumSeverity) {

    /** The default rule set less the model's constraints (the validator checks them), in French, with every severity. */
    public static final Settings DEFAULT = new Settings(RuleSet.defaults().disable("modele.contrainte"), Locale.FRENCH,
        Severity.INFO);

    /**
     * Checks the components.
     *
     * @param ruleSet the rules, not null
     * @param locale the language of the messages, not null
     * @param minimumSeverity the lowest severity turned into a violation, not null
     */
    public Settings {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(locale, "locale");
      Objects.requireNonNull(minimumSeverity, "minimumSeverity");
    }
  }

  /**
   * A validator of the model's constraints and the rule set's findings, every severity.
   *
   * @param ruleSet the rules, not null
   * @param locale the language of the messages, for the model's constraints and the findings, not null
   * @return the validator, not null
   */
  public static Validator validator(RuleSet ruleSet, Locale locale) {
    return validatorFactory(ruleSet, locale, Severity.INFO).getValidator();
  }

  /**
   * A validator factory of the model's constraints and the rule set's findings.
   *
   * @param ruleSet the rules, not null
   * @param locale the language of the messages, not null
   * @param minimumSeverity the lowest severity turned into a violation, not null
   * @return the factory, to be closed by the caller, not null
   */
  public static ValidatorFactory validatorFactory(RuleSet ruleSet, Locale locale, Severity minimumSeverity) {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH), locale, false));
    return configure(configuration, ruleSet, locale, minimumSeverity).buildValidatorFactory();
  }

  /**
   * Plugs the rules into an application's own Hibernate Validator configuration: declares
   * {@link ValidCycle} on {@code Cycle} and hands the settings to its validator.
   *
   * @param configuration the configuration, not null
   * @param ruleSet the rules, not null
   * @param locale the language of the findings' messages, not null
   * @param minimumSeverity the lowest severity turned into a violation, not null
   * @return the same configuration, for chaining, not null
   */
  public static HibernateValidatorConfiguration configure(HibernateValidatorConfiguration configuration,
      RuleSet ruleSet, Locale locale, Severity minimumSeverity) {
    Objects.requireNonNull(configuration, "configuration");
    // The validator checks the model's constraints itself: the rule that reports them would say it twice.
    RuleSet regles = ruleSet.rule(ModelConstraintRules.CONTRAINTE.getCode()).isPresent()
        ? ruleSet.disable(ModelConstraintRules.CONTRAINTE.getCode())
        : ruleSet;
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Cycle.class).constraint(new GenericConstraintDef<>(ValidCycle.class));
    return configuration.addMapping(mapping)
        .constraintValidatorPayload(new Settings(regles, locale, minimumSeverity));
  }
}
