package io.github.plateformcoop.programme.model.json;

import io.github.plateformcoop.programme.model.internal.ModelMessages;
import io.github.plateformcoop.programme.model.message.Message;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
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
 * gives the same text again. Documents are written indented, or on one line with
 * {@link Builder#compact()}, straight to their file, stream or writer. The JSON Schema of the
 * format is {@link #schema()}.
 *
 * <p>Reading is one pass over the source: a file, stream or reader is parsed as it is read, never
 * held whole in memory as text, and the value is built as its properties come. A document whose
 * {@code formatVersion} does not come first (this library always writes it first) is accepted too:
 * its root is held as a tree until its version is known, and the errors in its value then name
 * their path without a line and column.
 *
 * <p>Reading is strict: an unknown property, a duplicated key, a value of the wrong type (no
 * coercion of {@code "5"} to a number, of a number to an enumeration, of a single value to a
 * list), trailing content, a broken consistency check or a newer format version fails with a
 * {@link ProgrammeJsonException} that names the document, the JSON path, the line and column and
 * the reason. {@link Builder#ignoreUnknownProperties()} ignores unknown properties instead
 * and reports each in {@link JsonDocument#ignoredProperties()}. No polymorphic typing is enabled.
 *
 * <p>Limits, each settable on the {@link Builder}: a document of at most
 * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} characters (bytes, for a file or a stream), nested at most
 * {@value #DEFAULT_MAX_NESTING_DEPTH} deep, strings of at most
 * {@value #DEFAULT_MAX_STRING_LENGTH} characters, numbers of at most
 * {@value #MAX_NUMBER_LENGTH} digits, property names of at most
 * {@value #MAX_NAME_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeJson {

  /** Default limit on a document's size, in characters of a text or reader, bytes of a file or stream: 8 MiB. */
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
  /** Reads straight from the caller's stream or reader, and leaves it open. */
  private final ObjectReader lecture;
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
    this.lecture = mapper.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    ObjectWriter writer = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    this.ecrivain = builder.compact ? writer.without(SerializationFeature.INDENT_OUTPUT) : writer;
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

  /**
   * The source's or target's own failure, however deep Jackson wrapped it; any other failure, and
   * text a reader could not decode, which is the document's fault, as it is.
   */
  private static RuntimeException entreeSortie(JacksonException e) {
    for (Throwable cause = e; cause != null && !(cause instanceof CharacterCodingException); cause = cause.getCause()) {
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
      return lireOctets(in, document, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fichier + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot read " + fichier + ": " + e.getCause().getMessage(), e.getCause());
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
   * @throws UncheckedIOException if the reader fails
   */
  public <T> JsonDocument<T> readDocument(Reader reader, Class<T> type) {
    Objects.requireNonNull(reader, "reader");
    return lire(() -> lecture.createParser(reader), LECTEUR, type, false);
  }

  /**
   * Reads a document from a UTF-8 stream, with its version and the properties ignored.
   *
   * @param in the stream, not null
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the document read, not null
   * @throws ProgrammeJsonException if the document cannot be read
   * @throws UncheckedIOException if the stream fails
   */
  public <T> JsonDocument<T> readDocument(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    try {
      return lireOctets(in, FLUX, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads UTF-8 bytes as the parser reads them, straight from the stream: only the first four
   * bytes are looked at beforehand, to refuse UTF-16 and UTF-32, which the parser would decode.
   */
  private <T> JsonDocument<T> lireOctets(InputStream in, Message document, Class<T> type) throws IOException {
    PushbackInputStream tout = new PushbackInputStream(in, 4);
    byte[] debut = tout.readNBytes(4);
    tout.unread(debut);
    boolean utf16 = debut.length >= 2 && ((debut[0] == (byte) 0xFE && debut[1] == (byte) 0xFF)
        || (debut[0] == (byte) 0xFF && debut[1] == (byte) 0xFE) || debut[0] == 0 || debut[1] == 0);
    if (utf16) {
      throw echec(document, "$", 0, 0, ModelMessages.message("json.utf16"), null);
    }
    return lire(() -> lecture.createParser(tout), document, type, true);
  }

  /** Text is checked whole for its size and for the NUL characters of UTF-16 read as UTF-8. */
  private <T> JsonDocument<T> lireTexte(String json, Message document, Class<T> type) {
    if (json.length() > tailleMaximale) {
      throw echec(document, "$", 0, 0, tropGrand(false), null);
    }
    if (json.indexOf('\0') >= 0) {
      throw echec(document, "$", 0, 0, ModelMessages.message("json.utf16"), null);
    }
    return lire(() -> lecture.createParser(json), document, type, false);
  }

  private Message tropGrand(boolean octets) {
    return ModelMessages.message(octets ? "json.trop-grand.octets" : "json.trop-grand", "limite", tailleMaximale);
  }

  /**
   * Reads a document in one pass from its parser. A document whose first property is its format
   * version, as this library writes it, is read as it streams: the version is checked first, then
   * the value is read straight from the parser. Any other document (an unversioned value, or a
   * version written after the value) is held as a tree first, since its version decides how it is
   * read.
   *
   * <p>A format version this library does not read is reported at once. Past it, where a document
   * has several faults, the one reported is the one a reader of the whole document would meet
   * first: malformed text or a limit anywhere, then the document's own properties (an unknown
   * property, another kind of document, trailing content), then the value's faults.
   */
  private <T> JsonDocument<T> lire(Supplier<JsonParser> source, Message document, Class<T> type, boolean octets) {
    String propriete = DocumentTypes.propriete(type);
    try (JsonParser p = source.get()) {
      JsonToken premier = suivant(p, document, octets);
      if (premier != JsonToken.START_OBJECT) {
        String trouve = premier == null ? "MISSING" : nature(premier);
        sauter(p, document, octets);
        finir(p, document, octets);
        throw echec(document, "$", 1, 1, ModelMessages.message("json.pas-un-objet", "trouve",
            ModelMessages.message("json.type." + trouve)), null);
      }
      JsonToken t = suivant(p, document, octets);
      if (t == JsonToken.PROPERTY_NAME && VERSION.equals(p.currentName())) {
        return lireEnFlux(p, document, type, propriete, octets);
      }
      ObjectNode racine = t == JsonToken.END_OBJECT ? mapper.createObjectNode() : (ObjectNode) arbre(p, document, octets);
      finir(p, document, octets);
      return lireArbre(racine, document, type, propriete);
    } catch (JacksonException e) {
      // Closing the parser, or creating it, failed: the source's own failure.
      throw entreeSortie(e);
    }
  }

  /** The document as this library writes it: the version first, then the value, read as they come. */
  private <T> JsonDocument<T> lireEnFlux(JsonParser p, Message document, Class<T> type, String propriete,
      boolean octets) {
    suivant(p, document, octets);
    FormatVersion version = version(arbre(p, document, octets), document);
    exigerLisible(version, document);
    TokenStreamContext racine = p.streamReadContext();
    List<String> ignorees = new ArrayList<>();
    T valeur = null;
    ProgrammeJsonException erreurDeValeur = null;
    ProgrammeJsonException erreurDeRacine = null;
    for (JsonToken t = suivant(p, document, octets); t != JsonToken.END_OBJECT; t = suivant(p, document, octets)) {
      String nom = p.currentName();
      if (!nom.equals(propriete)) {
        // Reported unless malformed text follows.
        erreurDeRacine = erreurDeRacine != null ? erreurDeRacine : proprieteDuDocument(document, nom, propriete);
        suivant(p, document, octets);
        sauter(p, document, octets);
        continue;
      }
      JsonToken debut = suivant(p, document, octets);
      if (debut != JsonToken.START_OBJECT) {
        erreurDeValeur = valeurPasUnObjet(document, propriete, nature(debut));
        sauter(p, document, octets);
        continue;
      }
      try {
        valeur = lecteur(type, ignorees).readValue(p);
      } catch (JacksonException e) {
        JacksonException texte = texteOuLimite(e);
        if (texte != null) {
          throw syntaxe(p, document, texte, octets);
        }
        // The rest of the document may hold a fault reported before this one: read on to see.
        erreurDeValeur = erreur(document, "." + propriete, e);
        while (p.streamReadContext() != racine && suivant(p, document, octets) != null) {
          // skipping the rest of the value
        }
      }
    }
    finir(p, document, octets);
    if (erreurDeRacine != null) {
      throw erreurDeRacine;
    }
    if (valeur == null && erreurDeValeur == null) {
      throw valeurManquante(document, propriete);
    }
    if (erreurDeValeur != null) {
      throw erreurDeValeur;
    }
    return new JsonDocument<>(valeur, version, ignorees);
  }

  /** A document held as a tree: an unversioned value, or a version that does not come first. */
  private <T> JsonDocument<T> lireArbre(ObjectNode racine, Message document, Class<T> type, String propriete) {
    if (!racine.has(VERSION)) {
      return lireSansVersion(racine, document, type, propriete);
    }
    FormatVersion version = version(racine.get(VERSION), document);
    exigerLisible(version, document);
    for (String nom : racine.propertyNames()) {
      if (!nom.equals(VERSION) && !nom.equals(propriete)) {
        throw proprieteDuDocument(document, nom, propriete);
      }
    }
    if (!racine.has(propriete)) {
      throw valeurManquante(document, propriete);
    }
    JsonNode noeud = racine.get(propriete);
    if (!noeud.isObject()) {
      throw valeurPasUnObjet(document, propriete, noeud.getNodeType().name());
    }
    List<String> ignorees = new ArrayList<>();
    try {
      T valeur = lecteur(type, ignorees).readValue(noeud);
      return new JsonDocument<>(valeur, version, ignorees);
    } catch (JacksonException e) {
      throw erreur(document, "." + propriete, e);
    }
  }

  private void exigerLisible(FormatVersion version, Message document) {
    if (version.compareTo(FormatVersion.CURRENT) > 0) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.plus-recente",
          "version", version, "courante", FormatVersion.CURRENT), null);
    }
    if (version.getMajor() < FormatVersion.CURRENT.getMajor()) {
      throw echec(document, "$." + VERSION, 0, 0, ModelMessages.message("json.version.non-lue",
          "version", version, "courante", FormatVersion.CURRENT), null);
    }
  }

  private ProgrammeJsonException valeurManquante(Message document, String propriete) {
    return echec(document, "$", 0, 0, ModelMessages.message("json.valeur-manquante", "propriete", propriete), null);
  }

  /** The document's value is not an object: {@code trouve} names what it is, as {@code json.type.*} does. */
  private ProgrammeJsonException valeurPasUnObjet(Message document, String propriete, String trouve) {
    return echec(document, "$." + propriete, 0, 0, ModelMessages.message("json.valeur-pas-un-objet",
        "propriete", propriete, "trouve", ModelMessages.message("json.type." + trouve)), null);
  }

  private ProgrammeJsonException proprieteDuDocument(Message document, String nom, String propriete) {
    Message raison = DocumentTypes.DOCUMENTS.containsValue(nom)
        ? ModelMessages.message("json.autre-document", "attendu", propriete, "trouve", nom)
        : ModelMessages.message("json.propriete-du-document", "nom", nom);
    return echec(document, "$." + nom, 0, 0, raison, null);
  }

  /** The next token; malformed text, a limit or the source's failure said where the parser stopped. */
  private JsonToken suivant(JsonParser p, Message document, boolean octets) {
    try {
      return p.nextToken();
    } catch (JacksonException e) {
      throw syntaxe(p, document, e, octets);
    }
  }

  /** Skips the value the parser is on, so that malformed text in it is reported first. */
  private void sauter(JsonParser p, Message document, boolean octets) {
    try {
      p.skipChildren();
    } catch (JacksonException e) {
      throw syntaxe(p, document, e, octets);
    }
  }

  /** Nothing may follow the document but white space. */
  private void finir(JsonParser p, Message document, boolean octets) {
    if (suivant(p, document, octets) != null) {
      TokenStreamLocation ici = p.currentTokenLocation();
      throw echec(document, "$", ici.getLineNr(), ici.getColumnNr(), ModelMessages.message("json.malforme.apres"), null);
    }
  }

  /** The value the parser is on as a tree; on a property name, the rest of its object. */
  private JsonNode arbre(JsonParser p, Message document, boolean octets) {
    try {
      return p.readValueAsTree();
    } catch (JacksonException e) {
      throw syntaxe(p, document, e, octets);
    }
  }

  /** Malformed text, a limit, or the source's failure, at the parser's place. */
  private RuntimeException syntaxe(JsonParser p, Message document, JacksonException e, boolean octets) {
    if (entreeSortie(e) instanceof UncheckedIOException source) {
      return source;
    }
    TokenStreamLocation ici = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    Message raison = e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage())
        .contains("getMaxDocumentLength") ? tropGrand(octets) : raison(e);
    return echec(document, cheminDuParseur(p), ici.getLineNr(), ici.getColumnNr(), raison, e);
  }

  /** The malformed text, limit or source's failure behind a failure of the value's reading, if that is what it is. */
  private static JacksonException texteOuLimite(JacksonException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException
          || cause instanceof JacksonIOException) {
        return (JacksonException) cause;
      }
    }
    return null;
  }

  /** The kind of value a token starts, as the reading errors name it. */
  private static String nature(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "ARRAY";
      case START_OBJECT -> "OBJECT";
      case VALUE_STRING -> "STRING";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
      case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
      case VALUE_NULL -> "NULL";
      default -> "MISSING";
    };
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
    // The value is read from the document's parser, which goes on after it.
    ObjectReader reader = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
    private boolean compact;

    private Builder() {}

    /**
     * Writes documents on one line, without indentation: about half the bytes of the indented
     * form. Reading is the same for both forms.
     *
     * @return this builder
     */
    public Builder compact() {
      this.compact = true;
      return this;
    }

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
     * Sets the largest document read: characters of a text or a reader, bytes of a file or a
     * stream, where UTF-8 takes one to four bytes a character.
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
