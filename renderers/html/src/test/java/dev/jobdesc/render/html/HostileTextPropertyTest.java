package dev.jobdesc.render.html;

import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_ATTRIBUTES;
import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_FRAGMENT_ELEMENTS;
import static dev.jobdesc.testkit.HtmlInjection.JOBDESC_PAGE_ELEMENTS;
import dev.jobdesc.testkit.HtmlInjection;
import dev.jobdesc.testkit.RenderingProperties;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * R1 (quality.md): pages and fragments of 10,000 documents with hostile text in every field, with
 * the real JSON-LD embedded, hold only the renderer's own elements and attributes, links that are
 * http(s) or mailto, and a script that is script-safe JSON-LD. {@link HostileTextTest} checks
 * fewer documents more deeply (text shown exactly, Nu conformance).
 */
class HostileTextPropertyTest {

  private static long runSeed(String format) {
    long seed = Long.getLong("jobdesc.seed", new SecureRandom().nextLong());
    System.out.println(format + " hostile-text run seed " + seed + " (repeat with -Djobdesc.seed=" + seed + ")");
    return seed;
  }

  @Test
  void pagesHoldOnlyTheRenderersMarkup() {
    HtmlRenderer page = HtmlRenderer.builder().build();
    RenderingProperties.assertForHostileDocuments(
        runSeed("html"),
        10_000,
        document ->
            HtmlInjection.assertNoHtmlInjection(
                page.render(document), JOBDESC_PAGE_ELEMENTS, JOBDESC_ATTRIBUTES));
  }

  @Test
  void fragmentsHoldOnlyTheRenderersMarkup() {
    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
    RenderingProperties.assertForHostileDocuments(
        runSeed("html-fragment"),
        10_000,
        document ->
            HtmlInjection.assertNoHtmlFragmentInjection(
                fragment.render(document), JOBDESC_FRAGMENT_ELEMENTS, JOBDESC_ATTRIBUTES));
  }
}
