package io.github.plateformcoop.programme.model.internal;

import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.model.message.MessageBundle;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;

/**
 * The messages of programme-model: the texts of its Jakarta constraints, in the files Hibernate
 * Validator reads too ({@code ContributorValidationMessages}), and its own ({@code messages}).
 * The one class of this module that reads message files.
 */
public final class ModelMessages {

  /** The model's bundle. */
  public static final MessageBundle BUNDLE = MessageBundle.of(ModelMessages::ressource,
      "/ContributorValidationMessages", "/io/github/plateformcoop/programme/model/messages");

  private ModelMessages() {}

  /**
   * Opens a file of this module's own jar or folder. On the class path, another jar may hold a file
   * of the same name ({@code ContributorValidationMessages} is one per jar, which Hibernate
   * Validator aggregates): the class loader would give the first one found, not this module's.
   */
  private static InputStream ressource(String nom) {
    String classe = ModelMessages.class.getName().replace('.', '/') + ".class";
    String ici = String.valueOf(ModelMessages.class.getResource("/" + classe));
    if (!ici.endsWith(classe)) {
      return ModelMessages.class.getResourceAsStream(nom);
    }
    try {
      return URI.create(ici.substring(0, ici.length() - classe.length()) + nom.substring(1)).toURL().openStream();
    } catch (FileNotFoundException | NoSuchFileException absent) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message file " + nom, e);
    }
  }

  /**
   * A message of the model.
   *
   * @param key the key, not null
   * @param arguments name, value, name, value…
   * @return the message, not null
   */
  public static Message message(String key, Object... arguments) {
    return BUNDLE.message(key, arguments);
  }
}
