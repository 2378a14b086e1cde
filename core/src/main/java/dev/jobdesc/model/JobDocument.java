package dev.jobdesc.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A document of format version 1: a {@link JobDescription} or a {@link Role}.
 *
 * @since 0.1
 */
public sealed interface JobDocument permits JobDescription, Role {

  /** The language of the text when a document does not name one. */
  Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("en-US");

  /** {@return the stable identifier or requisition id, {@code [A-Za-z0-9._-]{1,64}}} */
  Optional<String> getId();

  /** {@return the language of the text (BCP-47); renderers pick labels and number formats from it} */
  Locale getLanguage();

  /** {@return which kind of document this is; written as the document's {@code kind} key} */
  DocumentKind documentKind();
}
