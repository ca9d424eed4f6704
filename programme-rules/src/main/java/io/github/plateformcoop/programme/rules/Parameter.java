package io.github.plateformcoop.programme.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A documented setting of one or more rules, set per region on a {@link RuleSet}.
 *
 * <p>A parameter has a name, a type and a description; its value is either set on the rule set
 * or, when unset, read from the cycle (the public cible's targets) or from a default. Two
 * parameters are equal when their names are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class Parameter<T> {

  private final String name;
  private final Class<?> type;
  private final String description;
  private final T defaultValue;

  private Parameter(String name, Class<?> type, String description, T defaultValue) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.description = Objects.requireNonNull(description, "description");
    this.defaultValue = defaultValue;
  }

  /**
   * A parameter with no default: when unset, the rule reads the value from the cycle.
   *
   * @param name the stable name, such as {@code departementsCibles}, not null
   * @param type the type of the value, not null
   * @param description what the parameter controls, in English, not null
   * @param <T> the type of the value
   * @return the parameter, not null
   */
  public static <T> Parameter<T> of(String name, Class<? super T> type, String description) {
    return new Parameter<>(name, type, description, null);
  }

  /**
   * A parameter with a default value.
   *
   * @param name the stable name, not null
   * @param type the type of the value, not null
   * @param description what the parameter controls, in English, not null
   * @param defaultValue the value when unset, not null
   * @param <T> the type of the value
   * @return the parameter, not null
   */
  public static <T> Parameter<T> of(String name, Class<? super T> type, String description, T defaultValue) {
    return new Parameter<>(name, type, description, Objects.requireNonNull(defaultValue, "defaultValue"));
  }

  /**
   * The stable name.
   *
   * @return the name, not null
   */
  public String getName() {
    return name;
  }

  /**
   * The type of the value.
   *
   * @return the type, not null
   */
  public Class<?> getType() {
    return type;
  }

  /**
   * What the parameter controls.
   *
   * @return the description, not null
   */
  public String getDescription() {
    return description;
  }

  /**
   * The value when the rule set does not set one.
   *
   * @return the default, or empty when the value comes from the cycle
   */
  public Optional<T> getDefaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("Parameter '" + name + "' takes a " + type.getSimpleName()
          + ", not a " + value.getClass().getSimpleName() + ": " + value);
    }
    @SuppressWarnings("unchecked")
    T t = (T) value;
    return t;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter && ((Parameter<?>) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
