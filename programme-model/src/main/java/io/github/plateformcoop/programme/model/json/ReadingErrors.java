package io.github.plateformcoop.programme.model.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.internal.InconsistentValueException;
import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The reasons of reading errors in the library's own words: what was expected, in the format's
 * vocabulary (a text, a date yyyy-mm-dd, one of the values A, B, C), never a Java class, a Jackson
 * setting or an exception's text.
 */
final class ReadingErrors {

  /** A path longer than this many steps is shortened in its middle. */
  static final int LONGUEUR_DE_CHEMIN = 12;

  private static final Pattern ATTRIBUTS_MANQUANTS = Pattern.compile("some of required attributes are not set \\[([^]]*)]");
  private static final Pattern CARACTERE = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code");
  private static final Pattern MOT = Pattern.compile("Unrecognized token '([^']{0,40})");
  private static final Pattern DOUBLON = Pattern.compile("Duplicate Object property \"([^\"]{0,128})\"");
  private static final Pattern LIMITE = Pattern.compile("\\(([0-9]+), from `?StreamReadConstraints\\.get(\\w+)\\(\\)");
  private static final Pattern TROUVE = Pattern.compile("(?:Cannot coerce|from) ([A-Za-z-]+(?: String)?) value");
  private static final Map<String, String> FORMES = Map.of("String", "STRING", "Integer", "NUMBER",
      "Floating-point", "NUMBER", "Boolean", "BOOLEAN", "empty String", "STRING", "Array", "ARRAY", "Object", "OBJECT",
      "Null", "NULL");

  private ReadingErrors() {}

  /** Why Jackson could not read, said as the library says it. */
  static Message reason(JacksonException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException u) {
      return ModelMessages.message("json.propriete-inconnue", "nom", u.getPropertyName(),
          "connues", u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
    }
    if (e instanceof StreamConstraintsException) {
      Matcher limite = LIMITE.matcher(original);
      return limite.find()
          ? ModelMessages.message("json.limite." + limite.group(2), "limite", Integer.parseInt(limite.group(1)))
          : ModelMessages.message("json.malforme");
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return ModelMessages.message("json.malforme.fin");
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null
          ? ModelMessages.message("json.critere.sans-type", "types", typesDeCritere())
          : ModelMessages.message("json.critere.type", "type", t.getTypeId(), "types", typesDeCritere());
    }
    if (e instanceof ValueInstantiationException v) {
      if (v.getCause() instanceof DateTimeParseException illisible) {
        // A value read from text by the type itself (a Datation): the text and what was expected.
        return ModelMessages.message("json.valeur-illisible", "valeur", illisible.getParsedString(),
            "attendu", attendu(v.getType().getRawClass()));
      }
      return incoherence(e.getCause());
    }
    if (e instanceof InvalidFormatException f && !original.startsWith("Cannot coerce")) {
      return ModelMessages.message("json.valeur-illisible", "valeur", String.valueOf(f.getValue()),
          "attendu", attendu(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      if (original.startsWith("Trailing token")) {
        return ModelMessages.message("json.malforme.apres");
      }
      if (m.getTargetType() == null) {
        return ModelMessages.message("json.illisible");
      }
      Matcher trouve = TROUVE.matcher(original);
      String forme = trouve.find() ? FORMES.get(trouve.group(1)) : null;
      if (original.contains("null") && original.contains("primitive")) {
        forme = "NULL";
      }
      return forme == null
          ? ModelMessages.message("json.attendu", "attendu", attendu(m.getTargetType()))
          : ModelMessages.message("json.attendu.trouve", "attendu", attendu(m.getTargetType()),
              "trouve", ModelMessages.message("json.type." + forme));
    }
    if (e instanceof StreamReadException) {
      Matcher caractere = CARACTERE.matcher(original);
      if (caractere.find()) {
        return ModelMessages.message("json.malforme.caractere", "caractere", caractere.group(1));
      }
      Matcher mot = MOT.matcher(original);
      if (mot.find()) {
        return ModelMessages.message("json.malforme.mot", "mot", mot.group(1));
      }
      Matcher doublon = DOUBLON.matcher(original);
      if (doublon.find()) {
        return ModelMessages.message("json.malforme.doublon", "nom", doublon.group(1));
      }
      if (original.contains("UTF-8") || original.contains("Invalid UTF")) {
        return ModelMessages.message("json.utf8");
      }
      return ModelMessages.message("json.malforme");
    }
    return ModelMessages.message("json.illisible");
  }

  /** A value the model could not build: a required part missing, null, or parts that contradict each other. */
  private static Message incoherence(Throwable cause) {
    if (cause instanceof InconsistentValueException i) {
      return i.getProblem();
    }
    if (cause instanceof NullPointerException) {
      return ModelMessages.message("json.null");
    }
    String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    Matcher manquants = ATTRIBUTS_MANQUANTS.matcher(message);
    if (manquants.find()) {
      String noms = manquants.group(1);
      return ModelMessages.message(noms.contains(",") ? "json.proprietes-manquantes" : "json.propriete-manquante",
          "noms", noms);
    }
    return ModelMessages.message("json.illisible");
  }

  /** What a value of a type looks like in the format. */
  static Message attendu(Class<?> type) {
    if (type.isEnum()) {
      return ModelMessages.message("json.attendu.valeurs", "valeurs",
          Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }
    String cle;
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      cle = "texte";
    } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      cle = "entier";
    } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      cle = "nombre";
    } else if (type == boolean.class || type == Boolean.class) {
      cle = "booleen";
    } else if (type == LocalDate.class) {
      cle = "date";
    } else if (type == LocalTime.class) {
      cle = "heure";
    } else if (type == YearMonth.class) {
      cle = "mois";
    } else if (type == Duration.class) {
      cle = "duree";
    } else if (ZoneId.class.isAssignableFrom(type)) {
      cle = "fuseau";
    } else if (type == Datation.class) {
      cle = "datation";
    } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      cle = "liste";
    } else if (Critere.class.isAssignableFrom(type)) {
      return ModelMessages.message("json.attendu.critere", "types", typesDeCritere());
    } else {
      cle = "objet";
    }
    return ModelMessages.message("json.attendu." + cle);
  }

  /** The names of the kinds of criterion, as the format writes them in {@code type}. */
  static List<String> typesDeCritere() {
    return Arrays.stream(Critere.class.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
  }

  /** A JSON path no longer than {@value #LONGUEUR_DE_CHEMIN} steps: its start and its end around an ellipsis. */
  static String raccourci(String chemin) {
    List<String> pas = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("\\$|\\.[^.\\[]+|\\[[0-9]+]").matcher(chemin);
    while (m.find()) {
      pas.add(m.group());
    }
    if (pas.size() <= LONGUEUR_DE_CHEMIN) {
      return chemin;
    }
    int garde = LONGUEUR_DE_CHEMIN / 2;
    return String.join("", pas.subList(0, garde)) + "…" + String.join("", pas.subList(pas.size() - garde, pas.size()));
  }
}
