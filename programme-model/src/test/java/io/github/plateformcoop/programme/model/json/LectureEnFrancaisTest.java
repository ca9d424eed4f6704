package io.github.plateformcoop.programme.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Valeurs;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading errors speak French by default, English when asked, whatever the machine's locale. */
class LectureEnFrancaisTest {

  private static ProgrammeJsonException erreur(ProgrammeJson json, String texte) {
    return catchThrowableOfType(ProgrammeJsonException.class, () -> json.read(texte, Cycle.class));
  }

  @Test
  void leLecteurParDefautParleFrancais() {
    ProgrammeJsonException e = erreur(ProgrammeJson.defaults(), "[ 1 ]");
    assertThat(e.getMessage()).isEqualTo("<texte>:1:1: $: un document est un objet JSON, pas un tableau");
    assertThat(e.getDocument()).isEqualTo("<texte>");
    assertThat(e.getProblem().getKey()).isEqualTo("json.pas-un-objet");
  }

  @Test
  void unLecteurAnglaisParleAnglaisEtLaMemeErreurSeRendDansLesDeux() {
    String texte = ProgrammeJson.defaults().write(Valeurs.cycle()).replace("\"formatVersion\" : \"1.2\"", "\"formatVersion\" : \"9.0\"");
    ProgrammeJsonException e = erreur(ProgrammeJson.builder().locale(Locale.UK).build(), texte);
    assertThat(e.getReason()).startsWith("the document is in format 9.0, newer than 1.2");
    assertThat(e.render(Locale.FRENCH)).isEqualTo("<texte>: $.formatVersion: le document est au format 9.0, plus récent que 1.2,"
        + " le plus récent que lit cette bibliothèque : utilisez une version plus récente de plateformcoop-programme");
    assertThat(erreur(ProgrammeJson.builder().locale(Locale.GERMAN).build(), texte).getReason())
        .as("any locale that is not English gets French").startsWith("le document est au format 9.0");
  }

  @Test
  void uneProprieteInconnueEnFrancais() {
    String texte = ProgrammeJson.defaults().write(Valeurs.cycle()).replace("\"territoire\"", "\"terroir\"");
    assertThat(erreur(ProgrammeJson.defaults(), texte).getReason()).startsWith("propriété inconnue « terroir » ; celles qu'admet cet objet : briques, ");
  }
}
