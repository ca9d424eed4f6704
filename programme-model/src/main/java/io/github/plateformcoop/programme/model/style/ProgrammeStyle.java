package io.github.plateformcoop.programme.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, put on every {@code package-info.java} that holds
 * value types.
 *
 * <ul>
 *   <li>Bean-style accessors ({@code getNom()}, {@code isListeComplete()}): Jakarta Validation
 *       providers only see {@code get*}/{@code is*} methods, so constraints on them are enforced.
 *       Attribute and JSON names stay plain ({@code nom}, {@code listeComplete}).</li>
 *   <li>Generated implementations are package-private and hidden behind the abstract type; each
 *       value type exposes {@code builder()} returning its own nested {@code Builder}.</li>
 *   <li>Builders copy a value with {@code from(value)} and change what differs; collections
 *       are added to and are never null.</li>
 *   <li>Generated classes carry no annotation from Immutables' jar, which applications do not
 *       have: compiling against the model gives no warning.</li>
 *   <li>Plural collection names give singular adders: {@code addSeance(...)} for
 *       {@code getSeances()}.</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"strategie:strategies"},
    visibility = ImplementationVisibility.PACKAGE,
    // Package-private too: the published javadoc then shows every builder method, with its
    // documentation, on the public nested Builder that inherits it.
    builderVisibility = BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    // Only annotations an application always has: none of Immutables' own (its @Generated would
    // make every consumer's compiler warn that it cannot find it) nor javax.annotation's.
    allowedClasspathAnnotations = {Override.class})
public @interface ProgrammeStyle {}
