package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.MarkdownInjection;
import dev.jobdesc.testkit.RenderingProperties;
import java.security.SecureRandom;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;

/**
 * R1 (quality.md): the Markdown of 10,000 documents with hostile text in every field, parsed with
 * commonmark-java, holds only the renderer's own nodes (headings, bullet lists, bold fact labels,
 * fact links) and no link, image, HTML, emphasis or code from the data.
 */
class HostileTextPropertyTest {
  @Test
  void dataNeverBecomesMarkup() {
    long runSeed = Long.getLong("jobdesc.seed", new SecureRandom().nextLong());
    System.out.println("markdown hostile-text run seed " + runSeed + " (repeat with -Djobdesc.seed=" + runSeed + ")");
    MarkdownRenderer renderer = MarkdownRenderer.builder().build();
    RenderingProperties.assertForHostileDocuments(
        runSeed,
        10_000,
        document ->
            MarkdownInjection.assertNoMarkdownInjection(
                renderer.render(document),
                Set.of(Heading.class, BulletList.class, ListItem.class, StrongEmphasis.class, Link.class)));
  }
}
