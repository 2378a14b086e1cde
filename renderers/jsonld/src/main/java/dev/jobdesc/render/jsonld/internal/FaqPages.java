package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.Faq;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Questions and answers as a schema.org {@code FAQPage}. */
final class FaqPages {
  private FaqPages() {}

  /**
   * A {@code FAQPage} whose {@code mainEntity} is one {@code Question} per FAQ, its
   * {@code acceptedAnswer} an {@code Answer} whose {@code text} is the answer's paragraphs as
   * {@code <p>} elements (Google reads HTML there). Being a web page, it is the one node that can
   * state its {@code inLanguage}. Empty when there are no FAQs.
   */
  static Optional<ObjectNode> of(List<Faq> faqs, Locale language) {
    if (faqs.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode page = Nodes.typed("FAQPage");
    page.put("inLanguage", language.toLanguageTag());
    Nodes.putAll(page, "mainEntity", faqs.stream().map(FaqPages::question).toList());
    return Optional.of(page);
  }

  private static ObjectNode question(Faq faq) {
    ObjectNode answer = Nodes.typed("Answer");
    answer.put("text", DescriptionHtml.paragraphs(faq.getAnswer()));
    ObjectNode question = Nodes.typed("Question");
    question.put("name", faq.getQuestion());
    question.set("acceptedAnswer", answer);
    return question;
  }
}
