package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule {@code modele.contrainte} checks the model's Jakarta constraints by its own walk of the
 * cycle: on the examples and the golden files of every format version, and on thousands of seeded
 * variants of them, each with a few values replaced by ones that break or keep a constraint, it
 * finds exactly what Hibernate Validator finds on the same value: same paths, constraints, values
 * and message keys, one for one.
 */
class ContraintesCommeHibernateValidatorTest {

  private static final ProgrammeJson JSON = ProgrammeJson.defaults();
  private static final JsonMapper ARBRES = JsonMapper.builder().build();
  private static final RuleSet REGLES = RuleSet.defaults();
  private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  /** Texts that break one constraint of the model or another, and some that keep them all. */
  private static final List<JsonNode> TEXTES = textes("", " ", "a b", "-x", ".x", "é", "a".repeat(64), "a".repeat(65),
      "000000000", "123456789", "216204983", "21620498300018", "12345678901234", "2A", "2B", "20", "971", "976", "99",
      "59350", "2A004", "97101", "00000");
  /** In place of a date, dates at and beyond the calendar's bounds. */
  private static final List<JsonNode> DATES = textes("0999-12-31", "1000-01-01", "2999-12-31", "3000-01-01", "0999-12",
      "3000-01", "2023-03-13");
  /** In place of a duration, durations that are not positive and some that are. */
  private static final List<JsonNode> DUREES = textes("PT0S", "-PT1H", "PT1H", "P1D", "PT-30M");
  private static final List<JsonNode> NOMBRES = Stream.of(-1, 0, 1, 3, 99, 100, 101, 1000, Integer.MAX_VALUE)
      .<JsonNode>map(JsonNodeFactory.instance::numberNode)
      .toList();

  /** The examples' cycles and those of the golden files of every format version, as read today. */
  private static List<Cycle> exemples() throws IOException {
    List<Cycle> exemples = new ArrayList<>(PlateformCoop.programme().getCycles());
    exemples.add(PlateformCoopIllustratif.cycle());
    exemples.add(RegionFictive.cycle());
    Path golden = Path.of("..", "programme-model", "src", "test", "resources", "golden");
    for (String version : List.of("0.0", "1.0", "1.1", "1.2")) {
      try (Stream<Path> fichiers = Files.list(golden.resolve(version))) {
        for (Path f : fichiers.sorted().toList()) {
          String nom = f.getFileName().toString();
          if (nom.startsWith("cycle")) {
            exemples.add(JSON.read(f, Cycle.class));
          } else if (nom.startsWith("programme")) {
            exemples.addAll(JSON.read(f, Programme.class).getCycles());
          }
        }
      }
    }
    return exemples;
  }

  @Test
  void leMemeConstatQueHibernateValidatorSurLesExemplesEtLesFichiersDeReference() throws IOException {
    List<Cycle> exemples = exemples();
    assertThat(exemples).hasSizeGreaterThan(10);
    for (Cycle cycle : exemples) {
      assertThat(REGLES.validate(cycle).withCode("modele.contrainte").getViolations().stream()
          .map(ContraintesCommeHibernateValidatorTest::constat).sorted().toList())
          .as(cycle.getId())
          .isEqualTo(HIBERNATE.validate(cycle).stream().map(ContraintesCommeHibernateValidatorTest::constat).sorted().toList());
    }
  }

  @Test
  void leMemeConstatQueHibernateValidatorSurDesVariantesDesExemples() throws IOException {
    List<Cycle> exemples = exemples();
    Random hasard = new Random(20261124L);
    int lus = 0;
    Map<String, Integer> parContrainte = new TreeMap<>();
    for (int essai = 0; essai < 3_000; essai++) {
      JsonNode arbre = ARBRES.readTree(JSON.write(exemples.get(essai % exemples.size())));
      List<JsonNode> parents = new ArrayList<>();
      feuilles(arbre, parents);
      int changements = 1 + hasard.nextInt(4);
      for (int i = 0; i < changements; i++) {
        remplacer(parents.get(hasard.nextInt(parents.size())), hasard);
      }
      Cycle cycle;
      try {
        cycle = JSON.read(ARBRES.writeValueAsString(arbre), Cycle.class);
      } catch (ProgrammeJsonException refuse) {
        continue;
      }
      lus++;
      List<String> attendus = HIBERNATE.validate(cycle).stream().map(ContraintesCommeHibernateValidatorTest::constat)
          .sorted().toList();
      List<String> trouves = REGLES.validate(cycle).withCode("modele.contrainte").getViolations().stream()
          .map(ContraintesCommeHibernateValidatorTest::constat).sorted().toList();
      assertThat(trouves).as("variant %d", essai).isEqualTo(attendus);
      trouves.forEach(t -> parContrainte.merge(t.split("\\|")[1], 1, Integer::sum));
    }
    assertThat(lus).as("variants the reader accepts").isGreaterThan(1_000);
    assertThat(parContrainte).as("findings per constraint").containsKeys("CodeDepartement", "CodeInseeCommune",
        "DateDuCalendrier", "DureePositive", "Identifier", "Max", "NotBlank", "Positive", "Siren", "Siret");
  }

  @Test
  void lesExemplesNeRompentAucuneContrainte() {
    assertThat(PlateformCoop.programme().getCycles()).allSatisfy(c -> assertThat(HIBERNATE.validate(c)).isEmpty());
    assertThat(REGLES.validate(RegionFictive.cycle()).withCode("modele.contrainte").getViolations()).isEmpty();
    assertThat(REGLES.validate(PlateformCoopIllustratif.cycle()).withCode("modele.contrainte").getViolations()).isEmpty();
  }

  private static String constat(ConstraintViolation<Cycle> v) {
    String gabarit = v.getMessageTemplate();
    return v.getPropertyPath() + "|" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
        + "|" + v.getInvalidValue() + "|" + gabarit.substring(1, gabarit.length() - 1);
  }

  private static String constat(Violation v) {
    return v.getPath() + "|" + v.getArguments().get("contrainte") + "|" + v.getArguments().get("valeur")
        + "|" + ((Message) v.getArguments().get("message")).getKey();
  }

  /** Every object or array that holds a text or a number. */
  private static void feuilles(JsonNode noeud, List<JsonNode> parents) {
    boolean feuille = false;
    for (JsonNode enfant : noeud) {
      if (enfant.isContainer()) {
        feuilles(enfant, parents);
      } else if (enfant.isString() || enfant.isNumber()) {
        feuille = true;
      }
    }
    if (feuille) {
      parents.add(noeud);
    }
  }

  private static void remplacer(JsonNode parent, Random hasard) {
    if (parent instanceof ObjectNode objet) {
      List<String> noms = objet.propertyNames().stream()
          .filter(n -> objet.get(n).isString() || objet.get(n).isNumber()).toList();
      String nom = noms.get(hasard.nextInt(noms.size()));
      objet.set(nom, valeur(objet.get(nom), hasard));
    } else if (parent instanceof ArrayNode tableau) {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < tableau.size(); i++) {
        if (tableau.get(i).isString() || tableau.get(i).isNumber()) {
          indices.add(i);
        }
      }
      int i = indices.get(hasard.nextInt(indices.size()));
      tableau.set(i, valeur(tableau.get(i), hasard));
    }
  }

  /** A value of the same kind as the one it replaces, most of the time. */
  private static JsonNode valeur(JsonNode avant, Random hasard) {
    List<JsonNode> choix;
    if (avant.isNumber()) {
      choix = NOMBRES;
    } else if (hasard.nextInt(4) == 0) {
      choix = TEXTES;
    } else if (avant.asString().matches("-?P.*")) {
      choix = DUREES;
    } else if (avant.asString().matches("\\d{4}-.*")) {
      choix = DATES;
    } else {
      choix = TEXTES;
    }
    return choix.get(hasard.nextInt(choix.size()));
  }

  private static List<JsonNode> textes(String... textes) {
    return Stream.of(textes).<JsonNode>map(JsonNodeFactory.instance::stringNode).toList();
  }
}
