package io.github.plateformcoop.programme.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.message.Language;
import io.github.plateformcoop.programme.model.message.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the exports exists in French and English, and each renders in both with its arguments. */
class InteropMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  @Test
  void chaqueCleExisteEtSeRendDansLesDeuxLangues() {
    assertThat(InteropMessages.BUNDLE.keys(Language.ENGLISH)).isEqualTo(InteropMessages.BUNDLE.keys(Language.FRENCH)).isNotEmpty();
    for (String cle : InteropMessages.BUNDLE.keys(Language.FRENCH)) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      Matcher m = PLACEHOLDER.matcher(InteropMessages.BUNDLE.template(cle, Language.FRENCH).orElseThrow());
      while (m.find()) {
        arguments.put(m.group(1), "x");
      }
      for (Language langue : Language.values()) {
        assertThat(Message.of(InteropMessages.BUNDLE, cle, arguments).render(langue.getLocale())).as(cle + " " + langue)
            .isNotBlank().doesNotContain("{");
      }
    }
  }
}
