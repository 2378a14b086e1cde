package dev.jobdesc.render.markdown;

import dev.jobdesc.testkit.UnsafeCharacters;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Outline;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents made of Markdown, HTML and URLs, in every field and every label: parsed back, the output
 * has only the renderer's own structure and the text is the data's text.
 */
class MarkdownHostileTextTest {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().settings(HostileDocuments.settings()).build();

  static Stream<JobDocument> documents() {
    return IntStream.range(0, HostileDocuments.count())
        .boxed()
        .flatMap(n -> Stream.of(HostileDocuments.job(n), HostileDocuments.role(n)));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void dataNeverBecomesMarkup(JobDocument document) {
    String markdown = RENDERER.render(document);
    Outline outline = Outline.of(document, HostileDocuments.settings());
    MarkdownTree tree = MarkdownTree.parse(markdown);
    assertAll(
        () -> assertEquals(List.of(), tree.foreignNodes(), markdown),
        () -> assertEquals(OutlineText.blockTexts(outline), tree.blockTexts(), markdown),
        () -> assertEquals(OutlineText.headingCount(outline), tree.headingLevels().size(), markdown),
        () -> assertEquals(OutlineText.links(outline), tree.linkDestinations(), markdown),
        () -> assertEquals("", UnsafeCharacters.in(markdown), markdown));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void onlyHttpAndMailtoTargetsAreLinks(JobDocument document) {
    List<String> links = MarkdownTree.parse(RENDERER.render(document)).linkDestinations();
    List<String> expected =
        document instanceof JobDescription
            ? List.of(HostileDocuments.ORGANIZATION_URL, "mailto:" + HostileDocuments.EMAIL)
            : List.of();
    assertEquals(expected, links);
  }
}
