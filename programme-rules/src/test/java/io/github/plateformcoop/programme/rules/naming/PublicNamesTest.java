package io.github.plateformcoop.programme.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The naming rule of {@code docs/naming.md}, checked on every public type and method of the
 * exported packages of programme-model and programme-rules. The word table of that page is the
 * allow-list: a public name starts with one of its words, and a method that answers a yes/no
 * question starts with one of its question words.
 */
class PublicNamesTest {

  private static final Path NAMING = Path.of("..", "docs", "naming.md");
  private static final Pattern LIGNE = Pattern.compile("^\\|\\s*`([A-Za-z]+)`\\s*\\|\\s*([a-z]+)\\s*\\|.*$");
  private static final Pattern MOTS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  /** Accessor and builder prefixes: what follows them is an attribute, named as the JSON property. */
  private static final List<String> PREFIXES_DE_BUILDER = List.of("addAll", "putAll", "add", "put");

  private static Map<String, String> mots;
  private static List<Class<?>> api;

  @BeforeAll
  static void lireLaTableEtLApi() throws IOException {
    mots = new LinkedHashMap<>();
    for (String ligne : Files.readAllLines(NAMING, StandardCharsets.UTF_8)) {
      Matcher m = LIGNE.matcher(ligne.strip());
      if (m.matches()) {
        mots.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      }
    }
    api = new ArrayList<>();
    api.addAll(typesPublics(Cycle.class));
    api.addAll(typesPublics(RuleSet.class));
  }

  @Test
  void laTableDistingueQuatreSortesDeMots() {
    assertThat(mots).hasSizeGreaterThan(50);
    assertThat(new TreeSet<>(mots.values())).containsExactly("domain", "noun", "question", "verb");
    assertThat(mots).containsEntry("is", "question").containsEntry("of", "verb").containsEntry("seance", "domain")
        .doesNotContainKeys("lire", "ecrire", "evaluer", "est", "et", "aucun", "pour", "de", "par", "du");
  }

  @Test
  void lApiEstLue() {
    assertThat(api).extracting(Class::getSimpleName)
        .contains("Cycle", "Seance", "ProgrammeJson", "RuleSet", "ValidationReport", "CompletionEvaluator")
        .doesNotContain("ImmutableCycle", "Messages", "ValidCycleValidator");
  }

  @Test
  void chaqueTypeCommenceParUnMotDeLaTable() {
    List<String> fautes = new ArrayList<>();
    for (Class<?> type : api) {
      String premier = premierMot(type.getSimpleName());
      if (!mots.containsKey(premier)) {
        fautes.add(type.getName() + ": '" + premier + "'");
      }
    }
    assertThat(fautes).as("types whose first word is not in docs/naming.md").isEmpty();
  }

  @Test
  void chaqueMethodeCommenceParUnMotDeLaTable() {
    List<String> fautes = new ArrayList<>();
    for (Class<?> type : api) {
      for (Method methode : methodesPubliques(type)) {
        if (estUnAttributDeBuilder(type, methode)) {
          continue;
        }
        String premier = premierMot(methode.getName());
        if (!mots.containsKey(premier)) {
          fautes.add(nom(type, methode) + ": '" + premier + "'");
        }
      }
    }
    assertThat(fautes).as("methods whose first word is not in docs/naming.md").isEmpty();
  }

  @Test
  void uneQuestionRendUnBooleenEtUnBooleenEstUneQuestion() {
    List<String> fautes = new ArrayList<>();
    for (Class<?> type : api) {
      for (Method methode : methodesPubliques(type)) {
        boolean booleen = methode.getReturnType() == boolean.class || methode.getReturnType() == Boolean.class;
        boolean question = "question".equals(mots.get(premierMot(methode.getName())));
        if (booleen != question && !(booleen && estUnAttributDeBuilder(type, methode))) {
          fautes.add(nom(type, methode) + (booleen ? " answers yes or no" : " is not a yes/no question"));
        }
      }
    }
    assertThat(fautes).as("booleans not named as questions, or questions that are not booleans").isEmpty();
  }

  /**
   * Every list or set of a value type has an adder of one element named in the singular: the
   * generator's own where it can depluralize the name ({@code addSeance}), the builder's where a
   * French compound puts its plural first ({@code addCritereDeCompletion} beside the generated
   * {@code addCriteresDeCompletion}).
   */
  @Test
  void chaqueListeAUnAjoutAuSingulier() {
    List<String> fautes = new ArrayList<>();
    for (Class<?> type : api) {
      if (!type.getSimpleName().equals("Builder") || !estUnBuilderGenere(type)) {
        continue;
      }
      for (Method accesseur : type.getEnclosingClass().getMethods()) {
        if (!accesseur.getName().startsWith("get") || accesseur.getParameterCount() > 0
            || !java.util.Collection.class.isAssignableFrom(accesseur.getReturnType())) {
          continue;
        }
        Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) accesseur.getGenericReturnType())
            .getActualTypeArguments()[0];
        boolean singulier = Arrays.stream(type.getMethods())
            .filter(m -> m.getName().startsWith("add") && !m.getName().startsWith("addAll") && m.getParameterCount() == 1)
            .filter(m -> m.getParameterTypes()[0] == element)
            .anyMatch(m -> mots(m.getName().substring(3)).stream().noneMatch(mot -> mot.length() > 2 && mot.endsWith("s")));
        if (!singulier) {
          fautes.add(type.getEnclosingClass().getSimpleName() + "." + accesseur.getName() + "() has no adder of one element in the singular");
        }
      }
    }
    assertThat(fautes).as("lists without a singular adder").isEmpty();
  }

  /**
   * A method of an Immutables builder named after an attribute of the type it builds: its name is
   * the attribute's, which is the JSON property's, and follows it.
   */
  private static boolean estUnAttributDeBuilder(Class<?> type, Method methode) {
    if (!type.getSimpleName().equals("Builder") || !estUnBuilderGenere(type)) {
      return false;
    }
    Set<String> attributs = Arrays.stream(type.getEnclosingClass().getMethods())
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .filter(n -> n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)
        .map(n -> decapitaliser(n.startsWith("get") ? n.substring(3) : n.substring(2)))
        .collect(Collectors.toSet());
    String nom = methode.getName();
    if (attributs.contains(nom)) {
      return true;
    }
    for (String prefixe : PREFIXES_DE_BUILDER) {
      if (nom.startsWith(prefixe) && nom.length() > prefixe.length()) {
        String reste = decapitaliser(nom.substring(prefixe.length()));
        if (attributs.contains(reste) || attributs.stream().anyMatch(a -> a.startsWith(singulierDuPremierMot(reste)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean estUnBuilderGenere(Class<?> type) {
    return type.getEnclosingClass() != null && type.getSuperclass().getSimpleName().equals("Builder")
        && type.getSuperclass().getEnclosingClass() != null
        && type.getSuperclass().getEnclosingClass().getSimpleName().startsWith("Immutable");
  }

  /** The first word of a singular adder's attribute: {@code engagementAnnonce} for {@code engagementsAnnonces}. */
  private static String singulierDuPremierMot(String reste) {
    List<String> liste = mots(reste);
    return liste.get(0);
  }

  private static List<Method> methodesPubliques(Class<?> type) {
    if (type.isAnnotation()) {
      return List.of();
    }
    List<Method> methodes = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.isSynthetic() || m.isBridge() || !estDuProjet(m.getDeclaringClass()) || redefinitUnTypeExterieur(m)) {
        continue;
      }
      if (type.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf"))) {
        continue;
      }
      methodes.add(m);
    }
    return methodes;
  }

  /** A method that a type outside the project declares (Jackson's module, Comparable, …) keeps its name. */
  private static boolean redefinitUnTypeExterieur(Method m) {
    return Stream.<Class<?>>iterate(m.getDeclaringClass(), c -> c != null, Class::getSuperclass)
        .flatMap(c -> Stream.concat(Stream.of(c), tousLesInterfaces(c)))
        .filter(c -> !estDuProjet(c))
        .flatMap(c -> Arrays.stream(c.getMethods()))
        .anyMatch(e -> e.getName().equals(m.getName()) && e.getParameterCount() == m.getParameterCount()
            && java.util.stream.IntStream.range(0, m.getParameterCount())
                .allMatch(i -> e.getParameterTypes()[i].isAssignableFrom(m.getParameterTypes()[i])));
  }

  private static Stream<Class<?>> tousLesInterfaces(Class<?> c) {
    return Arrays.stream(c.getInterfaces()).flatMap(i -> Stream.concat(Stream.of(i), tousLesInterfaces(i)));
  }

  private static boolean estDuProjet(Class<?> c) {
    return c.getName().startsWith("io.github.plateformcoop.");
  }

  private static String nom(Class<?> type, Method methode) {
    return type.getName().substring("io.github.plateformcoop.programme.".length()) + "." + methode.getName()
        + Arrays.stream(methode.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String premierMot(String nom) {
    return mots(nom).get(0).toLowerCase(Locale.ROOT);
  }

  private static List<String> mots(String nom) {
    return List.of(MOTS.split(nom));
  }

  private static String decapitaliser(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The public types of the exported packages of the module, or the jar or folder, that holds a class. */
  private static List<Class<?>> typesPublics(Class<?> repere) {
    Set<String> exportes = repere.getModule().isNamed()
        ? repere.getModule().getDescriptor().exports().stream().filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet())
        : null;
    Path racine;
    try {
      racine = Path.of(repere.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    try (FileSystem jar = Files.isDirectory(racine) ? null : FileSystems.newFileSystem(racine);
        Stream<Path> fichiers = Files.walk(jar == null ? racine : jar.getPath("/"))) {
      Path base = jar == null ? racine : jar.getPath("/");
      for (Path f : fichiers.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String nom = base.relativize(f).toString().replace('/', '.').replace('\\', '.');
        nom = nom.substring(0, nom.length() - ".class".length());
        if (nom.endsWith("module-info") || nom.endsWith("package-info")) {
          continue;
        }
        String paquet = nom.substring(0, nom.lastIndexOf('.'));
        if (exportes != null ? !exportes.contains(paquet) : paquet.contains(".internal")) {
          continue;
        }
        Class<?> type = Class.forName(nom, false, repere.getClassLoader());
        if (estVisible(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  private static boolean estVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
