package io.github.plateformcoop.programme.rules.internal;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageBundle;

/**
 * The messages of programme-rules: the built-in rules' messages and descriptions, the rule
 * catalogue's and the completion's texts, in {@code messages.properties} (French) and
 * {@code messages_en.properties}. The one class of this module that reads message files.
 */
public final class RuleMessages {

  /** The bundle of this module. */
  public static final MessageBundle BUNDLE = MessageBundle.of(nom -> RuleMessages.class.getResourceAsStream(nom),
      "/io/github/plateformcoop/programme/rules/messages");

  private RuleMessages() {}

  /**
   * A message of this module.
   *
   * @param key the key, not null
   * @param arguments name, value, name, value…
   * @return the message, not null
   */
  public static Message message(String key, Object... arguments) {
    return BUNDLE.message(key, arguments);
  }
}
