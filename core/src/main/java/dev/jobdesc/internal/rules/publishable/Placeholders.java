package dev.jobdesc.internal.rules.publishable;

import dev.jobdesc.internal.rules.DocumentText;
import dev.jobdesc.validation.RuleContext;
import dev.jobdesc.validation.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template slots left for the employer to fill, as model.md defines them: a bracketed
 * span with a letter in it ({@code [City, State]}, {@code [Company Name]}) or a
 * {@code {{mustache}}} slot, in every string of the document.
 */
final class Placeholders {
  /** A bracketed span on one line, holding a letter: "[1]" is a reference, not a slot. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[[^\\[\\]\\n]{0,200}\\p{L}[^\\[\\]\\n]{0,200}]|\\{\\{[^{}\\n]{0,200}}}");

  private Placeholders() {}

  /** Reports each placeholder of the document with its path, text and span. */
  static void check(RuleContext context) {
    for (DocumentText.Entry entry : context.shared(DocumentText.OF).entries()) {
      Matcher m = PLACEHOLDER.matcher(entry.text());
      while (m.find()) {
        String placeholder = m.group();
        context.report(
            context
                .finding(
                    entry.pointer(),
                    "The placeholder \"" + placeholder
                        + "\" is still in the text: replace it with the real value before publishing.")
                .actual(placeholder)
                .span(new Span(m.start(), m.end())));
      }
    }
  }
}
