package io.github.plateformcoop.programme.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * The Jackson module of the model, found by {@code JsonMapper.builder().findAndAddModules()}
 * through {@code META-INF/services}: every value type of the model keeps its properties in the
 * model's order, even on a mapper that sorts properties alphabetically (Jackson 3's default), and
 * leaves out absent optional values, as {@link ProgrammeJson} writes them.
 *
 * <p>The features that make reading strict (unknown properties, duplicate keys, coercions, enum
 * codes) belong to the mapper, not to a module: {@link ProgrammeJson#configure} sets them on an
 * application's own mapper builder.
 */
public final class ProgrammeJsonModule extends JacksonModule {

  /** Creates the module. */
  public ProgrammeJsonModule() {}

  @Override
  public String getModuleName() {
    return "plateformcoop-programme";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new OrdreDuModele());
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Duration.class, new DureeIso());
    context.addDeserializers(deserializers);
  }

  private static final Version VERSION = new Version(FormatVersion.CURRENT.getMajor(),
      FormatVersion.CURRENT.getMinor(), 0, null, "io.github.plateformcoop", "programme-model");

  /** Declaration order and absent values left out, for the model's value types only. */
  private static final class OrdreDuModele extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Version version() {
      return VERSION;
    }

    @Override
    public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated annotated) {
      return duModele(annotated) ? Boolean.FALSE : null;
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated annotated) {
      return annotated instanceof AnnotatedClass && duModele(annotated)
          ? JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT)
          : JsonInclude.Value.empty();
    }

    private static boolean duModele(Annotated annotated) {
      Class<?> type = annotated.getRawType();
      return DocumentTypes.VALEURS.stream().anyMatch(t -> t.isAssignableFrom(type));
    }
  }
}
