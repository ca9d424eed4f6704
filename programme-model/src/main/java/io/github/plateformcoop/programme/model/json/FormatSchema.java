package io.github.plateformcoop.programme.model.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.constraints.CodeDepartement;
import io.github.plateformcoop.programme.model.constraints.CodeInseeCommune;
import io.github.plateformcoop.programme.model.constraints.DureePositive;
import io.github.plateformcoop.programme.model.constraints.Identifier;
import io.github.plateformcoop.programme.model.constraints.Siren;
import io.github.plateformcoop.programme.model.constraints.Siret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (2020-12) of the exchange format, generated from the model: each value type's
 * JSON properties as Jackson reads them, their types, which are required, the enumerations'
 * codes, and the patterns of the identifiers the model constrains. The generated text is shipped
 * in the jar; a test keeps the shipped file equal to the generated one.
 */
final class FormatSchema {

  /** Where the schema is in the jar. */
  /**
   * The schema's identifier, an https URL under the project's pages, followed by the version. Up to
   * format 1.2 it was {@code urn:io.github.plateformcoop:programme:format:VERSION}, which RFC 8141
   * refuses (a dot in the namespace identifier) and standard validators with it.
   */
  static final String ID = "https://plateformcoop.github.io/plateformcoop-programme/format/";

  /** How a description says that a constraint is checked by the validation, not by the reader. */
  private static final String CONTRAINTE = "Read as any value of its type; the validation checks ";

  /** A year as ISO-8601 and java.time read it: four digits, or a sign and more (+10000, -0005). */
  private static final String ANNEE = "(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})";

  /** A leap year: divisible by 4 and not by 100, or by 400, whatever its length. */
  private static final String BISSEXTILE = "(?:(?:[0-9]{2}|\\+[0-9]{3,7}|-[0-9]{2,7})(?:0[48]|[2468][048]|[13579][26])"
      + "|(?:\\+[0-9]{1,5}|-[0-9]{0,5})?(?:[02468][048]|[13579][26])00)";

  private static final String MOIS = "(?:0[1-9]|1[0-2])";

  /** A day of the calendar: 30 April and 29 February of a leap year exist, 31 April does not. */
  private static final String DATE = "(?:" + ANNEE + "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|" + BISSEXTILE + "-02-29)";

  /** java.time refuses the year minus zero. */
  private static final String SANS_MOINS_ZERO = "(?!-0+(?:-|$))";

  static final String RESSOURCE = "/io/github/plateformcoop/programme/model/json/plateformcoop-format.schema.json";

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();

  private FormatSchema() {}

  /** The shipped schema. */
  static String texte() {
    try (InputStream in = FormatSchema.class.getResourceAsStream(RESSOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESSOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema generated from the model now. */
  static String generer() {
    ObjectNode racine = JSON.createObjectNode();
    racine.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    racine.put("$id", ID + FormatVersion.CURRENT + "/schema.json");
    racine.put("title", "PlateformCoop programme exchange format " + FormatVersion.CURRENT);
    racine.put("description", "A document holds its format version and one cycle, modèle de cycle or programme.");
    racine.put("type", "object");
    ObjectNode proprietes = racine.putObject("properties");
    ArrayNode versions = proprietes.putObject("formatVersion").put("type", "string").putArray("enum");
    for (int mineure = 0; mineure <= FormatVersion.CURRENT.getMinor(); mineure++) {
      versions.add(FormatVersion.CURRENT.getMajor() + "." + mineure);
    }
    ArrayNode unDe = racine.putArray("oneOf");
    DocumentTypes.DOCUMENTS.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> {
          proprietes.putObject(e.getValue()).put("$ref", "#/$defs/" + e.getKey().getSimpleName());
          unDe.addObject().putArray("required").add(e.getValue());
        });
    racine.putArray("required").add("formatVersion");
    racine.put("additionalProperties", false);
    ObjectNode definitions = racine.putObject("$defs");
    DocumentTypes.VALEURS.stream().sorted(Comparator.comparing(Class::getSimpleName))
        .forEach(type -> definitions.set(type.getSimpleName(), definition(type)));
    ArrayNode genres = definitions.putObject(Critere.class.getSimpleName()).putArray("oneOf");
    for (JsonSubTypes.Type genre : Critere.class.getAnnotation(JsonSubTypes.class).value()) {
      genres.addObject().put("$ref", "#/$defs/" + genre.value().getSimpleName());
    }
    return JSON.writeValueAsString(racine) + "\n";
  }

  private static ObjectNode definition(Class<?> type) {
    ObjectNode def = JSON.createObjectNode();
    def.put("type", "object");
    Map<String, ObjectNode> proprietes = new TreeMap<>();
    Set<String> requises = new java.util.TreeSet<>();
    for (Method methode : implementation(type).getDeclaredMethods()) {
      JsonProperty propriete = methode.getAnnotation(JsonProperty.class);
      if (propriete == null || methode.getParameterCount() != 0 || !Modifier.isPublic(methode.getModifiers())) {
        continue;
      }
      AnnotatedType retour = declaration(type, methode.getName()).getAnnotatedReturnType();
      proprietes.put(propriete.value(), verifieALaLecture(type, propriete.value(), schemaDe(retour)));
      boolean optionnel = retour.getType() instanceof java.lang.reflect.ParameterizedType p
          && Arrays.asList(Optional.class, List.class, Set.class, Map.class).contains(p.getRawType());
      if (propriete.required() && !optionnel) {
        requises.add(propriete.value());
      }
    }
    JsonTypeName nomDeType = type.getAnnotation(JsonTypeName.class);
    if (nomDeType != null) {
      proprietes.put("type", JSON.createObjectNode().put("const", nomDeType.value()));
      requises.add("type");
    }
    ObjectNode props = def.putObject("properties");
    proprietes.forEach(props::set);
    ArrayNode required = def.putArray("required");
    requises.forEach(required::add);
    def.put("additionalProperties", false);
    return def;
  }

  /**
   * What the model's own checks refuse while reading, where the schema can say it of one
   * property. Checks across properties (a séance that ends before it starts) are beyond a schema:
   * docs/format.md lists them.
   */
  private static ObjectNode verifieALaLecture(Class<?> type, String propriete, ObjectNode s) {
    String cle = type.getSimpleName() + "." + propriete;
    switch (cle) {
      case "ModeleDeBrique.nombreDeSeances", "AuMoinsNDe.n" -> s.put("minimum", 1);
      case "NombreAnnonce.nombre" -> s.put("minimum", 0);
      case "TousDe.criteres", "AuMoinsUnDe.criteres", "SeancesObligatoires.seanceIds", "Dispense.beneficiaireIds",
          "CritereDeCompletion.portees" -> s.put("minItems", 1);
      case "ExperimentationAuStade.stade" -> {
        ArrayNode stades = s.putArray("enum");
        for (StadeDExperimentation stade : StadeDExperimentation.values()) {
          if (stade != StadeDExperimentation.ABANDONNEE) {
            stades.add(stade.name());
          }
        }
      }
      default -> {
        // Nothing more than the type says.
      }
    }
    return s;
  }

  private static ObjectNode schemaDe(AnnotatedType type) {
    ObjectNode s = JSON.createObjectNode();
    if (type instanceof AnnotatedParameterizedType p) {
      Class<?> brut = (Class<?>) ((java.lang.reflect.ParameterizedType) p.getType()).getRawType();
      AnnotatedType[] arguments = p.getAnnotatedActualTypeArguments();
      if (brut == Optional.class) {
        // The reader reads null as absent.
        ObjectNode ou = JSON.createObjectNode();
        ArrayNode choix = ou.putArray("anyOf");
        choix.add(schemaDe(arguments[0]));
        choix.addObject().put("type", "null");
        return ou;
      }
      if (brut == List.class || brut == Set.class) {
        s.put("type", "array");
        s.set("items", schemaDe(arguments[0]));
        return s;
      }
      if (brut == Map.class) {
        s.put("type", "object");
        s.set("propertyNames", schemaDe(arguments[0]));
        s.set("additionalProperties", schemaDe(arguments[1]));
        return s;
      }
      throw new IllegalStateException("No schema for " + type.getType());
    }
    Class<?> classe = (Class<?>) type.getType();
    if (classe == String.class) {
      s.put("type", "string");
      motif(type, s);
    } else if (classe == double.class || classe == Double.class) {
      s.put("type", "number");
    } else if (classe == int.class || classe == Integer.class) {
      s.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      if (type.isAnnotationPresent(Positive.class)) {
        s.put("description", CONTRAINTE + "@Positive: 1 or more.");
      }
    } else if (classe == boolean.class || classe == Boolean.class) {
      s.put("type", "boolean");
    } else if (classe == LocalDate.class) {
      s.put("type", "string").put("pattern", "^" + SANS_MOINS_ZERO + DATE + "$");
    } else if (classe == LocalTime.class) {
      s.put("type", "string").put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$");
    } else if (classe == YearMonth.class) {
      s.put("type", "string").put("pattern", "^" + SANS_MOINS_ZERO + ANNEE + "-" + MOIS + "$");
    } else if (classe == Datation.class) {
      s.put("type", "string")
          .put("pattern", "^" + SANS_MOINS_ZERO + "(?:" + ANNEE + "|" + ANNEE + "-" + MOIS + "|" + DATE + ")$");
    } else if (classe == Duration.class) {
      // What Duration.parse reads: days, hours, minutes, seconds, any case, signs; not weeks.
      s.put("type", "string").put("pattern", "^[-+]?[Pp](?=[-+0-9Tt])(?:[-+]?[0-9]+[Dd])?"
          + "(?:[Tt](?=[-+0-9])(?:[-+]?[0-9]+[Hh])?(?:[-+]?[0-9]+[Mm])?(?:[-+]?[0-9]+(?:[.,][0-9]{0,9})?[Ss])?)?$");
      if (type.isAnnotationPresent(DureePositive.class)) {
        s.put("description", CONTRAINTE + "@DureePositive: more than zero, 24 hours at most.");
      }
    } else if (classe == ZoneId.class) {
      s.put("type", "string").put("minLength", 1);
    } else if (classe.isEnum()) {
      s.put("type", "string");
      ArrayNode valeurs = s.putArray("enum");
      for (Object constante : classe.getEnumConstants()) {
        valeurs.add(((Enum<?>) constante).name());
      }
    } else if (DocumentTypes.VALEURS.contains(classe) || classe == Critere.class) {
      s.put("$ref", "#/$defs/" + classe.getSimpleName());
    } else {
      throw new IllegalStateException("No schema for " + classe);
    }
    return s;
  }

  /**
   * The model's constraints on a text, said in the schema's description rather than as
   * assertions: the reader accepts the text, and the validation reports it, with its path.
   */
  private static void motif(AnnotatedType type, ObjectNode s) {
    if (type.isAnnotationPresent(Identifier.class)) {
      s.put("description", CONTRAINTE + "@Identifier: a letter or digit, then up to 63 letters, digits, '.', '_' or '-'.");
    } else if (type.isAnnotationPresent(Siren.class)) {
      s.put("description", CONTRAINTE + "@Siren: 9 digits with a valid Luhn key.");
    } else if (type.isAnnotationPresent(Siret.class)) {
      s.put("description", CONTRAINTE + "@Siret: 14 digits with a valid Luhn key.");
    } else if (type.isAnnotationPresent(CodeInseeCommune.class)) {
      s.put("description", CONTRAINTE + "@CodeInseeCommune: a commune's 5-character INSEE code.");
    } else if (type.isAnnotationPresent(CodeDepartement.class)) {
      s.put("description", CONTRAINTE + "@CodeDepartement: a département's code, 59, 2A, 974.");
    } else if (type.isAnnotationPresent(NotBlank.class)) {
      s.put("description", CONTRAINTE + "@NotBlank: not empty nor only spaces.");
    }
  }

  private static Class<?> implementation(Class<?> type) {
    JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
    if (annotation == null) {
      throw new IllegalStateException(type + " has no @JsonDeserialize");
    }
    return annotation.as();
  }

  /** The abstract accessor, which carries the constraints on the returned type. */
  private static Method declaration(Class<?> type, String nom) {
    try {
      return type.getMethod(nom);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no accessor " + nom, e);
    }
  }
}
