package dev.jobdesc.render.html.internal;

import dev.jobdesc.render.Part;
import java.util.Locale;

/** The CSS class names of the rendered HTML: stable API, listed in {@code HtmlRenderer}'s javadoc. */
final class CssClasses {
  static final String ROOT = "jobdesc";
  static final String TITLE = "jobdesc-title";
  static final String PART_HEADING = "jobdesc-part-heading";
  static final String GROUP = "jobdesc-group";
  static final String GROUP_HEADING = "jobdesc-group-heading";
  static final String PARAGRAPH = "jobdesc-paragraph";
  static final String LIST = "jobdesc-list";
  static final String ITEM = "jobdesc-item";
  static final String ITEM_MARKER = "jobdesc-item-marker";
  static final String ITEM_TEXT = "jobdesc-item-text";
  static final String ITEM_NOTES = "jobdesc-item-notes";
  static final String ITEM_NOTE = "jobdesc-item-note";
  static final String ITEM_DETAIL = "jobdesc-item-detail";
  static final String FACTS = "jobdesc-facts";
  static final String FACT = "jobdesc-fact";
  static final String FACT_LABEL = "jobdesc-fact-label";
  static final String FACT_VALUE = "jobdesc-fact-value";
  static final String LINK = "jobdesc-link";

  private CssClasses() {}

  /** The classes of a part's element: {@code jobdesc-part jobdesc-part-pay}. */
  static String part(Part part) {
    return "jobdesc-part jobdesc-part-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
