package io.github.plateformcoop.programme.model.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.plateformcoop.programme.model.Datation;
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
    racine.put("$id", "urn:io.github.plateformcoop:programme:format:" + FormatVersion.CURRENT);
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
      proprietes.put(propriete.value(), schemaDe(retour));
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

  private static ObjectNode schemaDe(AnnotatedType type) {
    ObjectNode s = JSON.createObjectNode();
    if (type instanceof AnnotatedParameterizedType p) {
      Class<?> brut = (Class<?>) ((java.lang.reflect.ParameterizedType) p.getType()).getRawType();
      AnnotatedType[] arguments = p.getAnnotatedActualTypeArguments();
      if (brut == Optional.class) {
        return schemaDe(arguments[0]);
      }
      if (brut == List.class || brut == Set.class) {
        s.put("type", "array");
        s.set("items", schemaDe(arguments[0]));
        if (brut == Set.class) {
          s.put("uniqueItems", true);
        }
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
      s.put("type", "integer");
      if (type.isAnnotationPresent(Positive.class)) {
        s.put("minimum", 1);
      }
    } else if (classe == boolean.class || classe == Boolean.class) {
      s.put("type", "boolean");
    } else if (classe == LocalDate.class) {
      s.put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    } else if (classe == LocalTime.class) {
      s.put("type", "string").put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$");
    } else if (classe == YearMonth.class) {
      s.put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
    } else if (classe == Datation.class) {
      s.put("type", "string").put("pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
    } else if (classe == Duration.class) {
      s.put("type", "string").put("format", "duration");
      // Duration.toString(): PT followed by hours, minutes and seconds; a minus sign when negative.
      s.put("pattern", type.isAnnotationPresent(DureePositive.class)
          ? "^PT([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?$"
          : "^PT(-?[0-9]+H)?(-?[0-9]+M)?(-?[0-9]+(\\.[0-9]+)?S)?$");
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

  private static void motif(AnnotatedType type, ObjectNode s) {
    if (type.isAnnotationPresent(Identifier.class)) {
      s.put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    } else if (type.isAnnotationPresent(Siren.class)) {
      s.put("pattern", "^[0-9]{9}$");
    } else if (type.isAnnotationPresent(Siret.class)) {
      s.put("pattern", "^[0-9]{14}$");
    } else if (type.isAnnotationPresent(CodeInseeCommune.class)) {
      s.put("pattern", "^([0-9]{2}|2[AB])[0-9]{3}$");
    } else if (type.isAnnotationPresent(CodeDepartement.class)) {
      s.put("pattern", "^([0-9]{2}|2[AB]|97[1-46])$");
    } else if (type.isAnnotationPresent(NotBlank.class)) {
      s.put("minLength", 1).put("pattern", "\\S");
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
