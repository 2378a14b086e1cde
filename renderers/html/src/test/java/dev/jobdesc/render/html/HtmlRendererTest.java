package dev.jobdesc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Part;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The renderer's contract: page and fragment, locale, overrides, headings, JSON-LD, threads. */
class HtmlRendererTest {
  private static final JobDocument JOB = TestDocuments.sample("mental-health-peer-specialist.yaml");
  private static final JobDocument ROLE = TestDocuments.sample("peer-specialist.role.yaml");

  @Test
  void pageIsAStandaloneHtml5Document() {
    String html = HtmlRenderer.builder().jsonLd(null).build().render(JOB);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
    Document page = Jsoup.parse(html);
    assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
    assertEquals("Mental Health Peer Specialist", page.title());
    assertEquals(1, page.select("h1").size());
    assertEquals(
        "Mental Health Peer Specialist",
        page.selectFirst("main > article.jobdesc > header > h1.jobdesc-title").text());
    assertEquals(1, page.select("main").size());
    assertEquals(1, page.select("head > style").size());
    assertEquals(0, page.select("script, link, img, iframe, object, embed, [src]").size());
    assertEquals(11, page.select("section.jobdesc-part > h2.jobdesc-part-heading").size());
    assertEquals(
        List.of("About the job", "Responsibilities", "Qualifications", "Experience", "Pay", "Benefits",
            "Additional information", "How to apply", "Equal opportunity", "More about the role",
            "Frequently asked questions"),
        page.select("h2").eachText());
    assertFalse(page.select(".jobdesc-part-experience > section.jobdesc-group > h3.jobdesc-group-heading").isEmpty());
    assertFalse(page.select("ul.jobdesc-list > li.jobdesc-item > span.jobdesc-item-text").isEmpty());
    assertFalse(page.select("dl.jobdesc-facts > div.jobdesc-fact > dt + dd.jobdesc-fact-value").isEmpty());
  }

  @Test
  void fragmentIsThePagesArticleAlone() {
    String page = HtmlRenderer.builder().jsonLd(null).build().render(ROLE);
    String fragment = HtmlRenderer.builder().fragment(true).build().render(ROLE);
    assertTrue(fragment.startsWith("<article class=\"jobdesc\" lang=\"en-US\">\n"), fragment);
    assertTrue(fragment.endsWith("</article>\n"), fragment);
    assertTrue(page.contains("<main>\n" + fragment + "</main>"), "the page's article differs from the fragment");
    assertFalse(
        Pattern.compile("<(html|head|body|main|style|script|meta|title)\\b").matcher(fragment).find(),
        "the fragment has page elements");
  }

  @Test
  void spanishPageHasSpanishLangAndLabels() {
    RenderSettings spanish = RenderSettings.builder().locale(Locale.forLanguageTag("es")).build();
    Document page = Jsoup.parse(HtmlRenderer.builder().settings(spanish).jsonLd(null).build().render(JOB));
    assertEquals("es", page.selectFirst("html").attr("lang"));
    assertEquals("es", page.selectFirst("article").attr("lang"));
    List<String> headings = page.select("h2").eachText();
    assertTrue(
        headings.containsAll(List.of("Sobre el puesto", "Responsabilidades", "Requisitos", "Salario", "Beneficios")),
        headings::toString);
    List<String> values = page.select("dd").eachText();
    assertTrue(values.contains("35.000–50.000 US$ al año"), values::toString);
  }

  @Test
  void partRendererReplacesExactlyThatPart() {
    HtmlPartRenderer teaser = (part, context) -> context.writer().element("p", "pay-teaser", "Ask us about pay.");
    Document plain = Jsoup.parse(HtmlRenderer.builder().jsonLd(null).build().render(JOB));
    Document custom =
        Jsoup.parse(HtmlRenderer.builder().jsonLd(null).partRenderer(Part.PAY, teaser).build().render(JOB));

    assertEquals(List.of("Ask us about pay."), custom.select("p.pay-teaser").eachText());
    assertTrue(custom.select(".jobdesc-part-pay").isEmpty());
    List<String> otherParts = parts(plain).stream().filter(p -> !p.contains("jobdesc-part-pay")).toList();
    assertEquals(otherParts, parts(custom), "the other parts changed");
  }

  @Test
  void firstPartRendererRegisteredWinsOverExtensionsAndBuiltIn() {
    HtmlPartRenderer first = (part, context) -> context.writer().element("p", "first", "first");
    HtmlPartRenderer second = (part, context) -> context.writer().element("p", "second", "second");
    HtmlRendererExtension extension =
        builder -> builder.partRenderer(Part.PAY, second).partRenderer(Part.BENEFITS, second);
    Document page =
        Jsoup.parse(
            HtmlRenderer.builder()
                .partRenderer(Part.PAY, first)
                .extensions(List.of(extension))
                .build()
                .render(JOB));
    assertEquals(1, page.select("p.first").size());
    assertEquals(1, page.select("p.second").size(), "the extension renders benefits only");
    assertTrue(page.select(".jobdesc-part-benefits").isEmpty());
  }

  @Test
  void partRendererCanWrapTheBuiltInRendering() {
    HtmlPartRenderer wrapped = (part, context) -> {
      context.writer().start("div", "class", "highlight", "data-part", "pay");
      context.renderDefault(part);
      context.writer().end("div");
    };
    Document page = Jsoup.parse(HtmlRenderer.builder().partRenderer(Part.PAY, wrapped).build().render(JOB));
    assertEquals(1, page.select("div.highlight[data-part=pay] > section.jobdesc-part-pay > h2").size());
  }

  @Test
  void headingOffsetPushesEveryHeadingDownToH6AtMost() {
    Document two = fragment(RenderSettings.builder().headingOffset(2).build(), JOB);
    assertEquals(List.of("h3"), tags(two, ".jobdesc-title"));
    assertEquals(List.of("h4"), distinctTags(two, ".jobdesc-part-heading"));
    assertEquals(List.of("h5"), distinctTags(two, ".jobdesc-group-heading"));
    assertTrue(two.select("h1, h2").isEmpty());

    Document five = fragment(RenderSettings.builder().headingOffset(5).build(), JOB);
    assertEquals(List.of("h6"), distinctTags(five, "h1, h2, h3, h4, h5, h6"));
  }

  @Test
  void leavingOutTheTitlePartLeavesOutTheTopHeading() {
    List<Part> parts = new ArrayList<>(Arrays.asList(Part.values()));
    parts.remove(Part.TITLE);
    Document page = fragment(RenderSettings.builder().parts(parts).build(), JOB);
    assertTrue(page.select("h1, .jobdesc-part-title").isEmpty());
    assertEquals(11, page.select("h2").size());
  }

  @Test
  void jsonLdIsEmbeddedSafelyInTheHead() {
    String hostile = "{\"name\": \"</script><!--<script>alert(1)</script>\", \"x\": \"a&b>c\"}";
    Document page = Jsoup.parse(HtmlRenderer.builder().jsonLd(fixed(hostile)).build().render(JOB));
    Element script = page.selectFirst("head > script[type=application/ld+json]");
    assertEquals(1, page.select("script").size());
    assertFalse(script.data().contains("<"));
    assertEquals(
        "{\"name\": \"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\","
            + " \"x\": \"a\\u0026b\\u003ec\"}",
        script.data().strip());
  }

  @Test
  void jsonLdCanBeTurnedOffAndIsOffForFragmentsUnlessSet() {
    assertTrue(Jsoup.parse(HtmlRenderer.builder().jsonLd(null).build().render(JOB)).select("script").isEmpty());
    assertFalse(HtmlRenderer.builder().fragment(true).build().render(JOB).contains("<script"));
    String fragment = HtmlRenderer.builder().fragment(true).jsonLd(fixed("{}")).build().render(JOB);
    assertTrue(fragment.endsWith("<script type=\"application/ld+json\">\n{}\n</script>\n</article>\n"), fragment);
  }

  @Test
  void jsonLdRendererOnTheClassPathIsEmbeddedByDefault() {
    boolean available = Renderers.find("jsonld").isPresent();
    String page = HtmlRenderer.builder().build().render(JOB);
    assertEquals(available, page.contains("<script type=\"application/ld+json\">"));
  }

  @Test
  void stylesheetCanBeTurnedOffAndNeverGoesInAFragment() {
    assertFalse(HtmlRenderer.builder().stylesheet(false).build().render(JOB).contains("<style"));
    assertThrows(IllegalStateException.class, () -> HtmlRenderer.builder().fragment(true).stylesheet(true).build());
    String css = HtmlRenderer.defaultStylesheet();
    assertTrue(css.contains("@media print") && css.contains(".jobdesc-item-marker"), css);
    assertFalse(css.contains("url(") || css.contains("@import"), "the stylesheet loads something");
  }

  @Test
  void writerRefusesMarkupThatCouldCarryScriptOrBreakTheStructure() {
    List<HtmlPartRenderer> unsafe =
        List.of(
            (part, context) -> context.writer().start("script"),
            (part, context) -> context.writer().start("img"),
            (part, context) -> context.writer().start("div", "onclick", "alert(1)"),
            (part, context) -> context.writer().start("div", "style", "background:url(x)"),
            (part, context) -> context.writer().start("a", "href", "javascript:alert(1)"),
            (part, context) -> context.writer().start("a", "href", "data:text/html,x"),
            (part, context) -> context.writer().start("div", "href", "https://example.com/"),
            (part, context) -> context.writer().start("div", "class"));
    for (HtmlPartRenderer renderer : unsafe) {
      HtmlRenderer html = HtmlRenderer.builder().partRenderer(Part.PAY, renderer).build();
      assertThrows(IllegalArgumentException.class, () -> html.render(JOB));
    }
    HtmlRenderer unclosed =
        HtmlRenderer.builder().partRenderer(Part.PAY, (part, context) -> context.writer().start("div")).build();
    assertThrows(IllegalStateException.class, () -> unclosed.render(JOB));
    HtmlRenderer misnested =
        HtmlRenderer.builder().partRenderer(Part.PAY, (part, context) -> context.writer().end("section")).build();
    assertThrows(IllegalStateException.class, () -> misnested.render(JOB));
  }

  @Test
  void writerEncodesTextAndAttributesOfPartRenderers() {
    HtmlPartRenderer renderer = (part, context) -> {
      context.writer().start("a", "href", "https://example.com/?a=1&b=\"2\"", "title", "\"><b>");
      context.writer().text("<b>bold</b> & \u0000");
      context.writer().end("a");
    };
    String html = HtmlRenderer.builder().fragment(true).partRenderer(Part.PAY, renderer).build().render(JOB);
    assertTrue(
        html.contains(
            "<a href=\"https://example.com/?a=1&amp;b=&#34;2&#34;\" title=\"&#34;>&lt;b>\">"
                + "&lt;b&gt;bold&lt;/b&gt; &amp; \uFFFD</a>"),
        html);
  }

  @Test
  void oneRendererServesEightThreadsIdentically() throws Exception {
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    List<JobDocument> documents = new ArrayList<>();
    TestDocuments.sampleNames().forEach(name -> documents.add(TestDocuments.sample(name)));
    TestDocuments.seeds().limit(20).forEach(seed -> documents.add(TestDocuments.generated(seed)));
    List<String> expected = documents.stream().map(renderer::render).toList();

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(threads.submit(() -> {
          List<String> rendered = new ArrayList<>();
          for (int round = 0; round < 10; round++) {
            rendered.clear();
            documents.forEach(d -> rendered.add(renderer.render(d)));
          }
          return rendered;
        }));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void providersAreDiscovered() {
    RendererProvider page = Renderers.find("html").orElseThrow();
    RendererProvider fragment = Renderers.find("html-fragment").orElseThrow();
    assertEquals("html", page.getFileExtension());
    assertEquals("html", fragment.getFileExtension());
    assertEquals("html", page.create(RenderSettings.defaults()).getFormatId());
    Renderer fragmentRenderer = fragment.create(RenderSettings.builder().headingOffset(1).build());
    assertEquals("html-fragment", fragmentRenderer.getFormatId());
    assertTrue(fragmentRenderer.render(JOB).startsWith("<article class=\"jobdesc\""));
    assertTrue(fragmentRenderer.render(JOB).contains("<h2 class=\"jobdesc-title\""));
    assertNull(Jsoup.parse(page.create(RenderSettings.defaults()).render(ROLE)).selectFirst("h2.jobdesc-title"));
  }

  private static Document fragment(RenderSettings settings, JobDocument document) {
    return Jsoup.parse(HtmlRenderer.builder().settings(settings).fragment(true).build().render(document));
  }

  /** The outer HTML of each part. */
  private static List<String> parts(Document page) {
    return page.select(".jobdesc-part").stream().map(Element::outerHtml).toList();
  }

  private static List<String> tags(Document page, String selector) {
    return page.select(selector).stream().map(Element::tagName).toList();
  }

  private static List<String> distinctTags(Document page, String selector) {
    return page.select(selector).stream().map(Element::tagName).distinct().collect(Collectors.toList());
  }

  private static Renderer fixed(String json) {
    return new Renderer() {
      @Override
      public String getFormatId() {
        return "jsonld";
      }

      @Override
      public void render(JobDocument document, Appendable out) {
        Renderer.append(out, json);
      }
    };
  }
}
