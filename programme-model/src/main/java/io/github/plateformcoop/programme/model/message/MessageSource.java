package io.github.plateformcoop.programme.model.message;

import java.util.Optional;

/**
 * Where the templates of messages come from: a {@link MessageBundle} of a module, or a region's
 * own rule that gives its templates in code.
 */
@FunctionalInterface
public interface MessageSource {

  /**
   * The template of a key in a language.
   *
   * @param key the key, not null
   * @param language the language, not null
   * @return the template, or empty when this source has no such key
   */
  Optional<String> template(String key, Language language);
}
