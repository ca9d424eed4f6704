package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of README.md, taken from README.md itself, compile as an application would
 * compile them: against the library's built modules and their dependencies, without Immutables on
 * the class path, with every lint warning and warnings as errors.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOC = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void leReadmeMontreDesExemplesJava() throws IOException {
    assertThat(blocs()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void lesExemplesDuReadmeCompilentSansAvertissement(@TempDir Path sortie) throws IOException {
    String source = source(blocs());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
        "-classpath", classPathDUneApplication(), "-d", sortie.toString());
    boolean compile = javac.getTask(new StringWriter(), null, diagnostics, options, null,
        List.of(new Source("ExemplesDuReadme", source))).call();
    String messages = diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
    assertThat(diagnostics.getDiagnostics()).as(messages + "\n--- source:\n" + source)
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
    assertThat(compile).as(messages).isTrue();
  }

  @Test
  void immutablesNEstPasSurLeClassPathDUneApplication() {
    assertThat(classPathDUneApplication()).doesNotContain("immutables").contains("programme-model", "programme-rules");
  }

  /**
   * One class: the imports of every snippet, then each snippet as the body of a method of its own.
   * A snippet that uses the quick start's {@code cycle} without declaring it receives it.
   */
  static String source(List<String> blocs) {
    Set<String> imports = new LinkedHashSet<>();
    StringBuilder methodes = new StringBuilder();
    for (int i = 0; i < blocs.size(); i++) {
      StringBuilder corps = new StringBuilder();
      for (String ligne : blocs.get(i).split("\n")) {
        if (ligne.startsWith("import ")) {
          imports.add(ligne);
        } else {
          corps.append("    ").append(ligne).append('\n');
        }
      }
      boolean declareLeCycle = corps.toString().contains("Cycle cycle =");
      methodes.append("  static void exemple").append(i + 1)
          .append(declareLeCycle ? "()" : "(io.github.plateformcoop.programme.model.Cycle cycle)")
          .append(" throws Exception {\n").append(corps).append("  }\n\n");
    }
    return String.join("\n", imports) + "\n\nfinal class ExemplesDuReadme {\n\n  private ExemplesDuReadme() {}\n\n" + methodes + "}\n";
  }

  private static List<String> blocs() throws IOException {
    Matcher m = BLOC.matcher(Files.readString(README, StandardCharsets.UTF_8));
    List<String> blocs = new ArrayList<>();
    while (m.find()) {
      blocs.add(m.group(1));
    }
    return blocs;
  }

  /** The test's class path less this module's own classes: the library, its dependencies, the tests' libraries. */
  private static String classPathDUneApplication() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank() && Files.exists(Path.of(e)))
        .filter(e -> !Path.of(e).toAbsolutePath().normalize().startsWith(Path.of("target").toAbsolutePath().normalize()))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String texte;

    Source(String nom, String texte) {
      super(URI.create("string:///" + nom + Kind.SOURCE.extension), Kind.SOURCE);
      this.texte = texte;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return texte;
    }
  }
}
