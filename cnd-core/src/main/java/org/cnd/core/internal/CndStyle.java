package org.cnd.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cnd.core.validation.MissingAttributeException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each package's {@code package-info.java}.
 *
 * <p>Generated classes are package-private and hidden behind the abstract type ({@code overshadowImplementation}),
 * so callers only ever see {@code X} and {@code X.Builder}. Collections are Guava immutable collections. A builder
 * missing a required attribute throws {@link MissingAttributeException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    get = {"is*", "get*"},
    init = "*",
    optionalAcceptNullable = false,
    allParameters = false,
    privateNoargConstructor = false,
    // A builder missing a required attribute throws the project's exception, value.missing-attribute, with the
    // attributes' names (Immutables passes them to its String... constructor), not an IllegalStateException.
    throwForInvalidImmutableState = MissingAttributeException.class,
    // No @Generated annotations on generated classes: they would make consumers' javac look for Immutables'
    // annotation classes, which are compile-time only for the core.
    allowedClasspathAnnotations = {Override.class})
public @interface CndStyle {}
