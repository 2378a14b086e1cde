package dev.jobdesc.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model. {@code get*}/{@code is*} accessors because Hibernate
 * Validator only sees constraints on JavaBean getters; package-private generated classes so the
 * public API shows only the abstract types; no Guava, whatever is on the processor path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true))
@interface ModelStyle {}
