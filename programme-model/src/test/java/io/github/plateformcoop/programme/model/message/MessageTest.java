package io.github.plateformcoop.programme.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message mechanism: one formatter, one place that decides the language, data never evaluated. */
class MessageTest {

  private static final MessageSource SOURCE = (cle, langue) -> Optional.ofNullable(Map.of(
      "salut", langue == Language.FRENCH ? "bonjour {nom}" : "hello {nom}",
      "imbrique", langue == Language.FRENCH ? "dit : {message}" : "says: {message}").get(cle));

  @Test
  void remplaceChaqueArgumentUneFoisSansRienEvaluer() {
    MessageFormatter f = MessageFormatter.defaults();
    assertThat(f.format("{a} et {b}", Map.of("a", "{b}", "b", "${1+1}"), Language.FRENCH)).isEqualTo("{b} et ${1+1}");
    assertThat(f.format("{inconnu} reste", Map.of(), Language.FRENCH)).isEqualTo("{inconnu} reste");
    assertThat(f.format("{ouvert", Map.of("ouvert", "x"), Language.FRENCH)).isEqualTo("{ouvert");
    assertThat(f.format("#{x} %s {x}", Map.of("x", "#{7*7}"), Language.ENGLISH)).isEqualTo("##{7*7} %s #{7*7}");
  }

  @Test
  void leTexteDesArguments() {
    assertThat(MessageFormatter.text(List.of("59", "62"), Language.FRENCH)).isEqualTo("59, 62");
    assertThat(MessageFormatter.text(Optional.of(3), Language.FRENCH)).isEqualTo("3");
    assertThat(MessageFormatter.text(Optional.empty(), Language.FRENCH)).isEmpty();
    assertThat(MessageFormatter.text(13.5, Language.FRENCH)).isEqualTo("13,5");
    assertThat(MessageFormatter.text(13.5, Language.ENGLISH)).isEqualTo("13.5");
    assertThat(MessageFormatter.text(Message.of(SOURCE, "salut", "nom", "Lens"), Language.ENGLISH)).isEqualTo("hello Lens");
  }

  @Test
  void laLangueNeDependQueDeLaLocaleDemandee() {
    assertThat(Language.of(Locale.US)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.FRENCH);
    assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.FRENCH);
    assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.FRENCH);
    assertThat(Language.ENGLISH.getLocale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void unMessageEstUneDonneeRendueALaDemande() {
    Message m = Message.of(SOURCE, "imbrique", "message", Message.of(SOURCE, "salut", "nom", "Lomme"));
    assertThat(m.getKey()).isEqualTo("imbrique");
    assertThat(m.getArguments()).containsOnlyKeys("message");
    assertThat(m.render(Locale.ENGLISH)).as("a message argument renders in the same language").isEqualTo("says: hello Lomme");
    assertThat(m.render(Locale.CANADA_FRENCH)).isEqualTo("dit : bonjour Lomme");
    assertThat(m).hasToString("dit : bonjour Lomme").isEqualTo(Message.of(SOURCE, "imbrique", "message",
        Message.of(SOURCE, "salut", "nom", "Lomme")));
    assertThat(m.render(Locale.ENGLISH, (gabarit, arguments, langue) -> gabarit.toUpperCase(Locale.ROOT))).isEqualTo("SAYS: {MESSAGE}");
  }

  @Test
  void desErreursClaires() {
    assertThatThrownBy(() -> Message.of(SOURCE, "salut", "nom")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs");
    assertThatThrownBy(() -> Message.of(SOURCE, "salut", 3, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no name");
    assertThatThrownBy(() -> Message.of(SOURCE, "absent").render(Locale.FRENCH)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void unBundleNeLitLesFichiersDUneLangueQueQuandOnLaDemande() {
    List<String> lus = new java.util.ArrayList<>();
    MessageBundle bundle = MessageBundle.of(nom -> {
      lus.add(nom);
      return nom.endsWith("_en.properties") ? null
          : new java.io.ByteArrayInputStream("salut = bonjour {nom}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }, "/a/messages", "/b/messages");
    assertThat(lus).as("nothing read when the bundle is made").isEmpty();
    assertThat(bundle.template("salut", Language.FRENCH)).contains("bonjour {nom}");
    assertThat(bundle.keys(Language.FRENCH)).containsExactly("salut");
    assertThat(lus).as("each French file read once").containsExactly("/a/messages.properties", "/b/messages.properties");
    assertThatThrownBy(() -> bundle.template("salut", Language.ENGLISH))
        .isInstanceOf(IllegalStateException.class).hasMessage("Missing message file /a/messages_en.properties");
  }
}
