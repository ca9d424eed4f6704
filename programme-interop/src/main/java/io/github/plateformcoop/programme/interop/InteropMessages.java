package io.github.plateformcoop.programme.interop;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageBundle;

/**
 * The messages of programme-interop, in {@code messages.properties} (French) and
 * {@code messages_en.properties}: the one class of this module that reads message files.
 */
final class InteropMessages {

  static final MessageBundle BUNDLE = MessageBundle.of(nom -> InteropMessages.class.getResourceAsStream(nom),
      "/io/github/plateformcoop/programme/interop/messages");

  private InteropMessages() {}

  static Message message(String key, Object... arguments) {
    return BUNDLE.message(key, arguments);
  }
}
