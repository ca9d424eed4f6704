package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The javadoc jar published with programme-model, as a reader opens it. */
class JavadocPublieeIT {

  private static final String PAGES = "io.github.plateformcoop.programme.model/io/github/plateformcoop/programme/model/";

  private static String page(String nom) throws IOException {
    Path jar = null;
    try (DirectoryStream<Path> fichiers = Files.newDirectoryStream(Path.of("..", "programme-model", "target"), "*-javadoc.jar")) {
      for (Path f : fichiers) {
        jar = f;
      }
    }
    assertThat(jar).as("programme-model's javadoc jar, built by the package phase").isNotNull();
    try (JarFile javadoc = new JarFile(jar.toFile()); InputStream in = javadoc.getInputStream(javadoc.getEntry(PAGES + nom))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "")
          .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
    }
  }

  @Test
  void chaqueMethodeDUnBuilderEstDocumenteeSurLaPageDuBuilder() throws IOException {
    String builder = page("Seance.Builder.html");
    assertThat(builder).doesNotContain("Methods inherited from class io.github.plateformcoop.programme.model.ImmutableSeance")
        .contains("Seance.Builder id(String id) Initializes the value for the id attribute.")
        .contains("Seance.Builder intitule(String intitule) Initializes the optional value intitule to intitule.")
        .contains("Seance.Builder addIntervenantId(String element) Adds one element to intervenantIds list.");
    assertThat(page("Cycle.Builder.html")).contains("addCritereDeCompletion(CritereDeCompletion critere) Adds one completion criterion.");
  }

  @Test
  void lePiedDePageNommeLaLicence() throws IOException {
    assertThat(page("Cycle.html")).contains("Licensed under the Apache License, Version 2.0").doesNotContain("All rights reserved");
  }
}
