package dev.jobdesc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

  @Test
  void listsEachRendererOnTheClassPathSortedByIdInAlignedColumns() {
    CliRun run = CliRun.of("formats");

    assertEquals(0, run.status(), run.err());
    assertEquals(
        List.of(
            "html           html    standalone HTML5 page: semantic, accessible, with its stylesheet and JSON-LD embedded",
            "html-fragment  html    HTML fragment to embed in a page: one article with stable jobdesc-* CSS classes",
            "jsonld         jsonld  schema.org JSON-LD: a JobPosting or an Occupation, with a FAQPage for the FAQs",
            "markdown       md      " + markdownDescription(),
            "test-id        id.txt  Test: the document's kind and id",
            "test-lines     txt     Test: the outline as plain lines",
            "text           txt     " + textDescription()),
        run.outLines());
    assertEquals("", run.err());
  }

  /** The shipped renderers' descriptions are theirs to word; the test is about the listing. */
  private static String markdownDescription() {
    return dev.jobdesc.render.Renderers.find("markdown").orElseThrow().getDescription();
  }

  private static String textDescription() {
    return dev.jobdesc.render.Renderers.find("text").orElseThrow().getDescription();
  }
}
