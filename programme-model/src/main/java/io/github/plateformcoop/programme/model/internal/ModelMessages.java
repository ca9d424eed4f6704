package io.github.plateformcoop.programme.model.internal;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageBundle;

/**
 * The messages of programme-model: the texts of its Jakarta constraints, in the files Hibernate
 * Validator reads too ({@code ContributorValidationMessages}), and its own ({@code messages}).
 * The one class of this module that reads message files.
 */
public final class ModelMessages {

  /** The model's bundle. */
  public static final MessageBundle BUNDLE = MessageBundle.of(nom -> ModelMessages.class.getResourceAsStream(nom),
      "/ContributorValidationMessages", "/io/github/plateformcoop/programme/model/messages");

  private ModelMessages() {}

  /**
   * A message of the model.
   *
   * @param key the key, not null
   * @param arguments name, value, name, value…
   * @return the message, not null
   */
  public static Message message(String key, Object... arguments) {
    return BUNDLE.message(key, arguments);
  }
}
