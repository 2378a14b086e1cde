package dev.jobdesc.render;

import dev.jobdesc.internal.render.Outliner;
import dev.jobdesc.model.DocumentKind;
import dev.jobdesc.model.JobDocument;
import java.util.List;
import java.util.Locale;

/**
 * A document laid out for reading, independent of any format: its title and its non-empty parts
 * in the settings' order, each with a localized heading and blocks of text, lists and facts.
 * Every field of both document kinds is in it, so every format built on it renders everything;
 * formats only decide the syntax.
 *
 * @param kind the kind of document
 * @param locale the locale it is rendered in
 * @param title the title to show
 * @param parts the non-empty parts, in order
 * @since 0.1
 */
public record Outline(DocumentKind kind, Locale locale, String title, List<OutlinePart> parts) {

  /**
   * Copies the parts.
   *
   * @param kind the document's kind
   * @param locale the language it is rendered in
   * @param title the title, rendered as the top heading
   * @param parts the parts under it, in render order
   */
  public Outline {
    parts = List.copyOf(parts);
  }

  /**
   * {@return the outline of {@code document} with {@code settings}}
   *
   * @param document the job description or role
   * @param settings the parts, their order, the language and labels
   */
  public static Outline of(JobDocument document, RenderSettings settings) {
    return Outliner.outline(document, settings);
  }
}
