package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.model.Role;
import dev.jobdesc.render.Labels;
import dev.jobdesc.render.RenderSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a document to its JSON-LD tree: the {@code JobPosting} or {@code Occupation} node, and,
 * when the role has FAQs, a {@code FAQPage} beside it in an {@code @graph}. Immutable and
 * thread-safe; every call builds a new tree.
 */
public final class JsonLdMapping {
  private static final String CONTEXT = "https://schema.org";

  private final RenderSettings settings;
  private final Optional<Boolean> directApply;

  /** Maps with {@code settings} (language, description parts, labels) and a known {@code directApply}. */
  public JsonLdMapping(RenderSettings settings, Optional<Boolean> directApply) {
    this.settings = settings;
    this.directApply = directApply;
  }

  /**
   * The JSON-LD document of {@code document}: {@code {"@context": "https://schema.org",
   * "@type": …}}, or {@code {"@context": …, "@graph": [main node, FAQPage]}} when there are FAQs.
   */
  public ObjectNode map(JobDocument document) {
    Role role = document instanceof JobDescription job ? job.getRole() : (Role) document;
    ObjectNode main = mainNode(document);
    Optional<ObjectNode> faqPage = FaqPages.of(role.getFaqs(), document.getLanguage());
    ObjectNode root = Nodes.object();
    root.put("@context", CONTEXT);
    if (faqPage.isEmpty()) {
      root.setAll(main);
    } else {
      ArrayNode graph = root.putArray("@graph");
      graph.add(main);
      graph.add(faqPage.get());
    }
    return root;
  }

  private ObjectNode mainNode(JobDocument document) {
    Optional<String> description = DescriptionHtml.of(document, settings);
    if (document instanceof JobDescription job) {
      Locale locale = settings.localeFor(job.getLanguage());
      return new JobPostings(locale, Labels.of(locale, settings.getLabels())).posting(job, description, directApply);
    }
    return Occupations.standalone((Role) document, description);
  }
}
