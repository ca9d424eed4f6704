package io.github.plateformcoop.programme.model.json;

import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the documents of the exchange format: a {@code Cycle}, a {@code ModeleDeCycle}
 * or a {@code Programme}, from and to text, files, readers, writers and streams.
 *
 * <p>A document is a JSON object that starts with its format version and holds one value under
 * the property naming its kind:
 *
 * <pre>{@code
 * {
 *   "formatVersion" : "1.0",
 *   "cycle" : { "id" : "plateformcoop-2022-2023", ... }
 * }
 * }</pre>
 *
 * <p>The format: UTF-8; dates, times, months and durations in ISO-8601 ({@code 2022-09-26},
 * {@code 09:30:00}, {@code 2022-09}, {@code PT3H}); partial dates as {@code 2019},
 * {@code 2022-12} or {@code 2022-09-26}; enumerations by the constant's name
 * ({@code COMMUNE_ASSOCIEE}), never by a label; cross-references by id; properties in the model's
 * declaration order; absent optional values left out; empty lists written. Writing a value read
 * gives the same text again. The JSON Schema of the format is {@link #schema()}.
 *
 * <p>Reading is strict: an unknown property, a duplicated key, a value of the wrong type (no
 * coercion of {@code "5"} to a number, of a number to an enumeration, of a single value to a
 * list), trailing content, a broken consistency check or a newer format version fails with a
 * {@link ProgrammeJsonException} that names the document, the JSON path, the line and column and
 * the reason. {@link Builder#ignoreUnknownProperties()} ignores unknown properties instead
 * and reports each in {@link JsonDocument#ignoredProperties()}. No polymorphic typing is enabled.
 *
 * <p>Limits, each settable on the {@link Builder}: a document of at most
 * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} characters, nested at most
 * {@value #DEFAULT_MAX_NESTING_DEPTH} deep, strings of at most
 * {@value #DEFAULT_MAX_STRING_LENGTH} characters, numbers of at most
 * {@value #MAX_NUMBER_LENGTH} digits, property names of at most
 * {@value #MAX_NAME_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeJson {

  /** Default limit on a document's size, in characters: 8 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;
  /** Default limit on nesting: the model nests about ten deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default limit on a string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Limit on a number's digits: the model's numbers are small counts. */
  public static final int MAX_NUMBER_LENGTH = 12;
  /** Limit on a property name, in characters. */
  public static final int MAX_NAME_LENGTH = 128;

  private static final String VERSION = "formatVersion";
  private static final Message LECTEUR = ModelMessages.message("json.document.lecteur");
  private static final Message FLUX = ModelMessages.message("json.document.flux");
  private static final ProgrammeJson DEFAULTS = builder().build();

  private final JsonMapper mapper;
  /** Writes straight to the caller's stream or writer, and leaves it open. */
  private final ObjectWriter ecrivain;
  private final boolean ignorerInconnues;
  private final int tailleMaximale;
  private final Locale locale;

  private ProgrammeJson(Builder builder) {
    this.locale = builder.locale;
    this.ignorerInconnues = builder.ignorerInconnues;
    this.tailleMaximale = builder.tailleMaximale;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(builder.tailleMaximale)
            .maxNestingDepth(builder.profondeurMaximale)
            .maxStringLength(builder.longueurDeTexteMaximale)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .build();
    this.mapper = configure(JsonMapper.builder(factory)).build();
    this.ecrivain = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /**
   * The reader and writer with the default limits and strict reading.
   *
   * @return the default instance, not null
   */
  public static ProgrammeJson defaults() {
    return DEFAULTS;
  }

  /**
   * Starts configuring a reader and writer.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies the format's settings to an application's own mapper builder: the model's module and
   * every feature the format relies on, set explicitly since Jackson 3's defaults differ from
   * Jackson 2's. Limits are the factory's: build the mapper from a factory with
   * {@code StreamReadConstraints} to set them.
   *
   * @param builder the mapper builder, not null
   * @return the same builder, for chaining, not null
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new ProgrammeJsonModule())
        // Jackson 3 sorts properties alphabetically by default: keep the model's order.
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Jackson 3 accepts unknown properties by default: a property we do not know is an error.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Enumerations are written and read by the constant's name: a stable code, not a label.
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .disable(EnumFeature.WRITE_ENUM_KEYS_USING_INDEX)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        // ISO-8601 text for dates, times and durations.
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        // No coercion: "5" is not a number, 5 is not a text, "" is not an absent value.
        .withCoercionConfigDefaults(c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
            .setAcceptBlankAsEmpty(false))
        // A whole number is a decimal number too: 1 for a ratio is 1.0, as JSON Schema reads it.
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        // Dates, times and durations as ISO-8601 text only: no number read as days, seconds or a
        // timestamp, no date-time read as a date.
        .defaultLeniency(false);
  }

  /**
   * The configured mapper, for an application that reads or writes the model's values inside
   * documents of its own.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * The JSON Schema (2020-12) of the format, generated from the model; also shipped in the jar as
   * {@value FormatSchema#RESSOURCE}.
   *
   * @return the schema as JSON text, not null
   */
  public static String schema() {
    return FormatSchema.texte();
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a document.
   *
   * @param valeur a {@code Cycle}, {@code ModeleDeCycle} or {@code Programme}, not null
   * @return the document, ending with a line feed, not null
   * @throws IllegalArgumentException if the value is of another type
   */
  public String write(Object valeur) {
    StringWriter texte = new StringWriter();
    write(valeur, texte);
    return texte.toString();
  }

  /**
   * Writes a document to a file, in UTF-8, replacing it.
   *
   * @param valeur a {@code Cycle}, {@code ModeleDeCycle} or {@code Programme}, not null
   * @param fichier the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object valeur, Path fichier) {
    Map<String, Object> document = document(valeur);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fichier))) {
      ecrire(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + fichier + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot write " + fichier + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Writes a document to a writer, which stays open.
   *
   * @param valeur a {@code Cycle}, {@code ModeleDeCycle} or {@code Programme}, not null
   * @param writer the writer, not null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object valeur, Writer writer) {
    Map<String, Object> document = document(valeur);
    try {
      ecrivain.writeValue(writer, document);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw entreeSortie(e);
    }
  }

  /**
   * Writes a document to a stream in UTF-8; the stream stays open.
   *
   * @param valeur a {@code Cycle}, {@code ModeleDeCycle} or {@code Programme}, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object valeur, OutputStream out) {
    Map<String, Object> document = document(valeur);
    try {
      ecrire(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document around a value: its format version first, then the value under its kind's name. */
  private Map<String, Object> document(Object valeur) {
    Objects.requireNonNull(valeur, "valeur");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(VERSION, FormatVersion.CURRENT.toString());
    document.put(DocumentTypes.propriete(typeDeDocument(valeur)), valeur);
    return document;
  }

  /** Writes the document's UTF-8 bytes straight to the stream, then a line feed. */
  private void ecrire(Map<String, Object> document, OutputStream out) throws IOException {
    try {
      ecrivain.writeValue(out, document);
    } catch (JacksonException e) {
      throw entreeSortie(e);
    }
    out.write('\n');
    out.flush();
  }

  /** The stream's own failure, however deep Jackson wrapped it; any other failure as it is. */
  private static RuntimeException entreeSortie(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return new UncheckedIOException(io);
      }
    }
    return e;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a document from text.
   *
   * @param json the document, not null
   * @param type {@code Cycle.class}, {@code ModeleDeCycle.class} or {@code Programme.class}
   * @param <T> the type of the value
   * @return the value, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> T read(String json, Class<T> type) {
    return readDocument(json, type).value();
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param fichier the file, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value, not null
   * @throws ProgrammeJsonException if the document cannot be read
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path fichier, Class<T> type) {
    return readDocument(fichier, type).value();
  }

  /**
   * Reads a document from a reader, which is read to its end and stays open.
   *
   * @param reader the reader, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> T read(Reader reader, Class<T> type) {
    return readDocument(reader, type).value();
  }

  /**
   * Reads a document from a UTF-8 stream, which is read to its end and stays open.
   *
   * @param in the stream, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> T read(InputStream in, Class<T> type) {
    return readDocument(in, type).value();
  }

  /**
   * Reads a document from text, with its version and the properties ignored.
   *
   * @param json the document, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the document read, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> JsonDocument<T> readDocument(String json, Class<T> type) {
    return lireTexte(Objects.requireNonNull(json, "json"), ModelMessages.message("json.document.chaine"), type);
  }

  /**
   * Reads a document from a UTF-8 file, with its version and the properties ignored.
   *
   * @param fichier the file, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the document read, not null
   * @throws ProgrammeJsonException if the document cannot be read
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> JsonDocument<T> readDocument(Path fichier, Class<T> type) {
    Message document = ModelMessages.message("json.document.fichier", "fichier", fichier.toString());
    try (InputStream in = Files.newInputStream(fichier)) {
      return lireTexte(decoder(in, document), document, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fichier + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a document from a reader, with its version and the properties ignored.
   *
   * @param reader the reader, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the document read, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> JsonDocument<T> readDocument(Reader reader, Class<T> type) {
    StringBuilder texte = new StringBuilder();
    char[] tampon = new char[8192];
    try {
      for (int n = reader.read(tampon); n >= 0; n = reader.read(tampon)) {
        texte.append(tampon, 0, n);
        exigerTaille(texte.length(), LECTEUR);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lireTexte(texte.toString(), LECTEUR, type);
  }

  /**
   * Reads a document from a UTF-8 stream, with its version and the properties ignored.
   *
   * @param in the stream, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the document read, not null
   * @throws ProgrammeJsonException if the document cannot be read
   */
  public <T> JsonDocument<T> readDocument(InputStream in, Class<T> type) {
    try {
      return lireTexte(decoder(in, FLUX), FLUX, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String decoder(InputStream in, Message document) throws IOException {
    ByteArrayOutputStream octets = new ByteArrayOutputStream();
    byte[] tampon = new byte[8192];
    for (int n = in.read(tampon); n >= 0; n = in.read(tampon)) {
      octets.write(tampon, 0, n);
      // UTF-8 takes at least one byte a character: past four bytes a character, the text is too long.
      exigerTaille(octets.size() / 4, document);
    }
    try {
      String texte = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(octets.toByteArray()))
          .toString();
      return texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
    } catch (CharacterCodingException e) {
      byte[] lus = octets.toByteArray();
      boolean utf16 = lus.length >= 2 && ((lus[0] == (byte) 0xFE && lus[1] == (byte) 0xFF)
          || (lus[0] == (byte) 0xFF && lus[1] == (byte) 0xFE) || lus[0] == 0 || lus[1] == 0);
      throw echec(document, "$", 0, 0, ModelMessages.message(utf16 ? "json.utf16" : "json.utf8"), e);
    }
  }

  private void exigerTaille(int caracteres, Message document) {
    if (caracteres > tailleMaximale) {
      throw echec(document, "$", 0, 0, ModelMessages.message("json.trop-grand", "limite", tailleMaximale), null);
    }
  }

  private <T> JsonDocument<T> lireTexte(String json, Message document, Class<T> type) {
    String propriete = DocumentTypes.propriete(type);
    exigerTaille(json.length(), document);
    if (json.indexOf('\0') >= 0) {
      // UTF-16 text read as UTF-8 has a NUL beside each ASCII character.
      throw echec(document, "$", 0, 0, ModelMessages.message("json.utf16"), null);
    }
    JsonNode racine;
    try (JsonParser parser = mapper.createParser(json)) {
      try {
        racine = mapper.readTree(parser);
      } catch (JacksonException e) {
        // A limit of the stream says where it stopped through its parser only.
        TokenStreamLocation ici = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw echec(document, cheminDuParseur(parser), ici.getLineNr(), ici.getColumnNr(), raison(e), e);
      }
    }
    if (racine == null || racine.isMissingNode() || !racine.isObject()) {
      String trouve = racine == null ? "MISSING" : racine.getNodeType().name();
      throw echec(document, "$", 1, 1, ModelMessages.message("json.pas-un-objet", "trouve",
          ModelMessages.message("json.type." + trouve)), null);
    }
    if (!racine.has(VERSION)) {
      return lireSansVersion((ObjectNode) racine, document, type, propriete);
    }
    FormatVersion version = version(racine.get(VERSION), document);
    if (version.compareTo(FormatVersion.CURRENT) > 0) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.plus-recente",
          "version", version, "courante", FormatVersion.CURRENT), null);
    }
    if (version.getMajor() < FormatVersion.CURRENT.getMajor()) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.non-lue",
          "version", version, "courante", FormatVersion.CURRENT), null);
    }
    for (Iterator<String> noms = racine.propertyNames().iterator(); noms.hasNext(); ) {
      String nom = noms.next();
      if (!nom.equals(VERSION) && !nom.equals(propriete)) {
        Message raison = DocumentTypes.DOCUMENTS.containsValue(nom)
            ? ModelMessages.message("json.autre-document", "attendu", propriete, "trouve", nom)
            : ModelMessages.message("json.propriete-du-document", "nom", nom);
        throw echec(document, "$." + nom, 0, 0, raison, null);
      }
    }
    if (!racine.has(propriete)) {
      throw echec(document, "$", 0, 0, ModelMessages.message("json.valeur-manquante", "propriete", propriete), null);
    }
    if (!racine.get(propriete).isObject()) {
      throw echec(document, "$." + propriete, 0, 0, ModelMessages.message("json.valeur-pas-un-objet", "propriete", propriete,
          "trouve", ModelMessages.message("json.type." + racine.get(propriete).getNodeType().name())), null);
    }
    List<String> ignorees = new ArrayList<>();
    try {
      T valeur = lecteur(type, ignorees).at("/" + propriete).readValue(json);
      return new JsonDocument<>(valeur, version, ignorees);
    } catch (JacksonException e) {
      throw erreur(document, "." + propriete, e);
    }
  }

  /** A bare object, as a plain mapper writes the model: the unversioned form, upgraded to the current one. */
  private <T> JsonDocument<T> lireSansVersion(ObjectNode racine, Message document, Class<T> type, String propriete) {
    List<String> ignorees = new ArrayList<>();
    try {
      T valeur = lecteur(type, ignorees).readValue(racine);
      return new JsonDocument<>(valeur, FormatVersion.UNVERSIONED, ignorees);
    } catch (JacksonException e) {
      throw echec(document, chemin("", e), 0, 0,
          ModelMessages.message("json.sans-version", "raison", raison(e), "propriete", propriete), e);
    }
  }

  /** A reader of a value, strict, or listing the unknown properties it skips when told to ignore them. */
  private ObjectReader lecteur(Class<?> type, List<String> ignorees) {
    ObjectReader reader = mapper.readerFor(type);
    return ignorerInconnues
        ? reader.withHandler(new Ignorer(ignorees)).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : reader;
  }

  private FormatVersion version(JsonNode noeud, Message document) {
    if (!noeud.isString()) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.pas-une-chaine", "valeur", noeud,
          "courante", FormatVersion.CURRENT), null);
    }
    try {
      return FormatVersion.parse(noeud.asString());
    } catch (IllegalArgumentException e) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.invalide", "valeur", noeud.asString(),
          "courante", FormatVersion.CURRENT), e);
    }
  }

  private static Class<?> typeDeDocument(Object valeur) {
    for (Class<?> type : DocumentTypes.DOCUMENTS.keySet()) {
      if (type.isInstance(valeur)) {
        return type;
      }
    }
    throw new IllegalArgumentException("A document holds a Cycle, a ModeleDeCycle or a Programme, not a "
        + valeur.getClass().getSimpleName());
  }

  // ---------------------------------------------------------------- errors

  private ProgrammeJsonException erreur(Message document, String prefixe, JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    if (location == null && e.processor() instanceof JsonParser parser) {
      location = parser.currentTokenLocation();
    }
    int ligne = location == null ? 0 : location.getLineNr();
    int colonne = location == null ? 0 : location.getColumnNr();
    return echec(document, chemin(prefixe, e), ligne, colonne, raison(e), e);
  }

  private ProgrammeJsonException echec(Message document, String chemin, int ligne, int colonne, Message raison,
      Throwable cause) {
    return new ProgrammeJsonException(document, ReadingErrors.raccourci(chemin), ligne, colonne, raison, locale, cause);
  }

  /** The JSON path of the value a Jackson exception is about, below a prefix. */
  private static String chemin(String prefixe, JacksonException e) {
    StringBuilder chemin = new StringBuilder("$").append(prefixe);
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        chemin.append('.').append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        chemin.append('[').append(r.getIndex()).append(']');
      }
    }
    return chemin.toString();
  }

  private static Message raison(JacksonException e) {
    return ReadingErrors.reason(e);
  }

  /** The path of the object or array the parser was in: where malformed text breaks off. */
  private static String cheminDuParseur(JsonParser parser) {
    return chemin(parser.streamReadContext(), false);
  }

  /**
   * A JSON path from a parser's context: the containers from the root, and, if asked, the
   * property being read in the innermost one.
   */
  private static String chemin(tools.jackson.core.TokenStreamContext interieur, boolean avecLaPropriete) {
    List<tools.jackson.core.TokenStreamContext> contextes = new ArrayList<>();
    for (tools.jackson.core.TokenStreamContext c = interieur; c != null && !c.inRoot(); c = c.getParent()) {
      contextes.add(0, c);
    }
    StringBuilder chemin = new StringBuilder("$");
    int fin = avecLaPropriete ? contextes.size() : contextes.size() - 1;
    for (int i = 0; i < fin; i++) {
      tools.jackson.core.TokenStreamContext c = contextes.get(i);
      if (c.inArray()) {
        chemin.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.currentName() != null) {
        chemin.append('.').append(c.currentName());
      }
    }
    return chemin.toString();
  }

  /** Records and skips unknown properties. */
  private static final class Ignorer extends DeserializationProblemHandler {
    private final List<String> ignorees;

    Ignorer(List<String> ignorees) {
      this.ignorees = ignorees;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      // A filtering parser keeps its own context: the path is the one of the parser it reads from.
      JsonParser source = p;
      while (source instanceof JsonParserDelegate delegate) {
        source = delegate.delegate();
      }
      ignorees.add(chemin(source.streamReadContext(), true));
      p.skipChildren();
      return true;
    }
  }

  /** Configures a {@link ProgrammeJson}. */
  public static final class Builder {
    private boolean ignorerInconnues;
    private int tailleMaximale = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int profondeurMaximale = DEFAULT_MAX_NESTING_DEPTH;
    private int longueurDeTexteMaximale = DEFAULT_MAX_STRING_LENGTH;
    private Locale locale = Locale.FRENCH;

    private Builder() {}

    /**
     * Sets the language of the reading errors: English for an English locale, French (the
     * default) for any other.
     *
     * @param locale the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Ignores unknown properties instead of failing, and reports each in
     * {@link JsonDocument#ignoredProperties()}.
     *
     * @return this builder
     */
    public Builder ignoreUnknownProperties() {
      this.ignorerInconnues = true;
      return this;
    }

    /**
     * Sets the largest document read, in characters.
     *
     * @param caracteres the limit, at least 2
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 2
     */
    public Builder maxDocumentLength(int caracteres) {
      this.tailleMaximale = auMoins(caracteres, 2, "maxDocumentLength");
      return this;
    }

    /**
     * Sets the deepest nesting read.
     *
     * @param niveaux the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxNestingDepth(int niveaux) {
      this.profondeurMaximale = auMoins(niveaux, 1, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string value read, in characters.
     *
     * @param caracteres the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxStringLength(int caracteres) {
      this.longueurDeTexteMaximale = auMoins(caracteres, 1, "maxStringLength");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the reader and writer, not null
     */
    public ProgrammeJson build() {
      return new ProgrammeJson(this);
    }

    private static int auMoins(int valeur, int minimum, String nom) {
      if (valeur < minimum) {
        throw new IllegalArgumentException(nom + " must be at least " + minimum + ", not " + valeur);
      }
      return valeur;
    }
  }
}
