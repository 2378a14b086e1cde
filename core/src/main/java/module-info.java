/**
 * The job-description model ({@code dev.jobdesc.model}), reading and writing format version 1
 * ({@code dev.jobdesc.io}), validation with profiles ({@code dev.jobdesc.validation} and its Bean
 * Validation constraints) and the renderer SPI ({@code dev.jobdesc.render}). Renderers are found
 * with {@link java.util.ServiceLoader}, so each renderer module {@code provides}
 * {@link dev.jobdesc.render.RendererProvider}; extra validation profiles come the same way from
 * {@link dev.jobdesc.validation.ProfileProvider}s.
 *
 * @since 0.1
 */
module dev.jobdesc.core {
  exports dev.jobdesc.batch;
  exports dev.jobdesc.io;
  exports dev.jobdesc.model;
  exports dev.jobdesc.render;
  exports dev.jobdesc.validation;
  exports dev.jobdesc.validation.constraints;

  // The constraint annotations of dev.jobdesc.validation.constraints name jakarta.validation's
  // Payload and Constraint, and the model carries its constraints: users see both.
  requires transitive jakarta.validation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // The YAML reader sets SnakeYAML's LoaderOptions (alias and nesting limits) itself.
  requires org.yaml.snakeyaml;
  requires org.hibernate.validator;
  // Immutables' annotations are read by its processor at compile time only.
  requires static org.immutables.value;

  // Jackson binds documents to the package-private classes Immutables generates
  // (ImmutableRole.Json and the like); Hibernate Validator reads the getters' constraints by
  // reflection, through those classes too.
  opens dev.jobdesc.model to com.fasterxml.jackson.databind, org.hibernate.validator;
  // Jackson makes the value filters the model's @JsonInclude names (Defaults.True and the like).
  opens dev.jobdesc.internal.format to com.fasterxml.jackson.databind;
  // Hibernate Validator makes the ConstraintValidators the constraints name (validatedBy).
  opens dev.jobdesc.internal.validation to org.hibernate.validator;

  uses dev.jobdesc.render.RendererProvider;
  uses dev.jobdesc.validation.ProfileProvider;
}
