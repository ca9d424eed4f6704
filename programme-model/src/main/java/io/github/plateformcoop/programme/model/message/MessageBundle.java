package io.github.plateformcoop.programme.model.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The templates of a module, in French and English, read from UTF-8 properties files: for each
 * name, {@code NAME.properties} in French and {@code NAME_en.properties} in English. The file
 * read depends on the language asked for only, never on the machine's default locale.
 *
 * <p>The module that owns the files gives the function that opens them, so that its resources
 * stay its own: {@code MessageBundle.of(MyMessages.class::getResourceAsStream, "/my/pkg/messages")}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MessageBundle implements MessageSource {

  private final Function<String, InputStream> resources;
  private final String[] names;
  /** The templates of each language, read when the language is first asked for. */
  private final Map<Language, Map<String, String>> templates = new ConcurrentHashMap<>();

  private MessageBundle(Function<String, InputStream> resources, String... names) {
    this.resources = resources;
    this.names = names.clone();
  }

  private Map<String, String> templates(Language language) {
    return templates.computeIfAbsent(Objects.requireNonNull(language, "language"), l -> {
      Map<String, String> keys = new java.util.HashMap<>();
      for (String name : names) {
        keys.putAll(load(resources, name + (l == Language.ENGLISH ? "_en" : "") + ".properties"));
      }
      return Collections.unmodifiableMap(keys);
    });
  }

  /**
   * A bundle of the files of one or more names; a key of a later name replaces that of an earlier
   * one. The files of a language are read when a template of that language is first asked for:
   * a program that speaks French only never reads the English files.
   *
   * @param resources opens a resource of the owning module by its absolute name, not null
   * @param names the names of the files, without {@code _en} nor {@code .properties}, not empty
   * @return the bundle, not null
   */
  public static MessageBundle of(Function<String, InputStream> resources, String... names) {
    Objects.requireNonNull(resources, "resources");
    if (names.length == 0) {
      throw new IllegalArgumentException("A message bundle reads at least one file");
    }
    return new MessageBundle(resources, names);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if a file of the language is missing
   * @throws UncheckedIOException if a file of the language cannot be read
   */
  @Override
  public Optional<String> template(String key, Language language) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(templates(language).get(key));
  }

  /**
   * The keys this bundle has in a language.
   *
   * @param language the language, not null
   * @return the keys, sorted, never null
   * @throws IllegalStateException if a file of the language is missing
   * @throws UncheckedIOException if a file of the language cannot be read
   */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(templates(language).keySet()));
  }

  /**
   * A message of this bundle.
   *
   * @param key the key, not null
   * @param arguments the arguments by name, in order: name, value, name, value…
   * @return the message, not null
   * @throws IllegalArgumentException if the arguments do not come in pairs of a name and a value
   */
  public Message message(String key, Object... arguments) {
    return Message.of(this, key, arguments);
  }

  private static Map<String, String> load(Function<String, InputStream> resources, String file) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(file)) {
      if (in == null) {
        throw new IllegalStateException("Missing message file " + file);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message file " + file, e);
    }
    Map<String, String> keys = new java.util.HashMap<>();
    properties.stringPropertyNames().forEach(k -> keys.put(k, properties.getProperty(k)));
    return keys;
  }
}
