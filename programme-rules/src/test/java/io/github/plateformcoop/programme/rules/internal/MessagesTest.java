package io.github.plateformcoop.programme.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void remplaceChaqueArgumentUneFoisSansRienEvaluer() {
    assertThat(Messages.format("{a} et {b}", Map.of("a", "{b}", "b", "${1+1}"))).isEqualTo("{b} et ${1+1}");
    assertThat(Messages.format("{inconnu} reste", Map.of())).isEqualTo("{inconnu} reste");
    assertThat(Messages.format("{ouvert", Map.of("ouvert", "x"))).isEqualTo("{ouvert");
  }

  @Test
  void leTexteDesArguments() {
    assertThat(Messages.text(List.of("59", "62"))).isEqualTo("59, 62");
    assertThat(Messages.text(Optional.of(3))).isEqualTo("3");
    assertThat(Messages.text(Optional.empty())).isEmpty();
  }

  @Test
  void laLangueNeDependQueDeLaLocaleDemandee() {
    assertThat(Messages.language(Locale.US)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.language(Locale.FRANCE)).isEqualTo(Locale.FRENCH);
    assertThat(Messages.language(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
    assertThat(Messages.template("reference.doublon", Locale.US)).contains("id \"{id}\" is already that of {premier}");
    assertThat(Messages.template("reference.doublon", Locale.GERMAN)).contains("l'identifiant « {id} » est déjà celui de {premier}");
    assertThat(Messages.template("n.existe.pas", Locale.FRENCH)).isEmpty();
  }

  @Test
  void chemins() {
    assertThat(Paths.of("briques", 0, "seances", 3, "date")).isEqualTo("briques[0].seances[3].date");
    assertThat(Paths.parse("briques[0].seances[3].date")).extracting(Paths.Segment::getName)
        .containsExactly("briques", "seances", "date");
    assertThat(Paths.parse("")).isEmpty();
    assertThatThrownBy(() -> Paths.parse("briques[x]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paths.of(0, "briques")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Paths.NATURAL_ORDER.compare("s[2]", "s[10]")).isNegative();
  }
}
