package dev.jobdesc.render.jsonld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.jsonld.internal.JsonLdMapping;
import dev.jobdesc.render.jsonld.internal.JsonLdWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a document as schema.org JSON-LD (vocabulary release 30.0): a job description as a
 * {@code JobPosting}, a role as an {@code Occupation}, and the role's FAQs as a {@code FAQPage}.
 * The output is one JSON-LD document with the context {@code https://schema.org}; when there are
 * FAQs, it holds both nodes in an {@code @graph}:
 *
 * <pre>{@code
 * {"@context": "https://schema.org", "@type": "JobPosting", "title": "Peer Support Specialist", …}
 * {"@context": "https://schema.org", "@graph": [{"@type": "JobPosting", …}, {"@type": "FAQPage", …}]}
 * }</pre>
 *
 * <p>Every type and property exists in the vocabulary, in the domain of its node, with a value
 * of a type in its range, none superseded. The output is safe inside
 * {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} are written as
 * <code>&#92;u003c</code>, <code>&#92;u003e</code> and <code>&#92;u0026</code> (U+2028 and U+2029 escaped too), so text such
 * as {@code </script>} or {@code <!--} cannot end the element; parsed, every string is the
 * model's text.
 *
 * <h2>Where each field goes</h2>
 *
 * <p>A node's {@code description} is the whole document as people read it, as HTML of
 * {@code p}, {@code ul} and {@code li} only, text encoded, in the settings' parts, order and
 * labels (the questions excepted, which are the FAQPage's): Google shows nothing of a posting but
 * its description, so it must be complete, and every field without a property below is there.
 * The properties carry what the vocabulary has a place for, each value once (the role's title is
 * also the posting's title when the posting has none of its own).
 *
 * <table class="striped">
 *   <caption>A job description as a {@code JobPosting}</caption>
 *   <thead><tr><th>field</th><th>property</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code title}, else {@code role.title}</td><td>{@code title}</td></tr>
 *   <tr><td>{@code id}</td><td>{@code identifier}: {@code PropertyValue} with the {@code value}</td></tr>
 *   <tr><td>{@code dates.posted}, {@code dates.validThrough}</td><td>{@code datePosted}, {@code validThrough}</td></tr>
 *   <tr><td>{@code organization}</td><td>{@code hiringOrganization}: {@code Organization} with {@code name},
 *       {@code sameAs} (the web site, only if {@code http}/{@code https}), {@code department} (an
 *       {@code Organization} with its {@code name})</td></tr>
 *   <tr><td>{@code workplace.locations}</td><td>{@code jobLocation}: {@code Place} with a {@code PostalAddress}
 *       ({@code streetAddress}, {@code addressLocality}, {@code addressRegion}, {@code postalCode},
 *       {@code addressCountry})</td></tr>
 *   <tr><td>{@code workplace.arrangement} {@code REMOTE}, {@code workplace.applicantRegions}</td>
 *       <td>{@code jobLocationType: "TELECOMMUTE"} and {@code applicantLocationRequirements}
 *       ({@code Country}, or {@code AdministrativeArea} for a subdivision such as {@code US-CO}),
 *       only for {@code REMOTE}: never for {@code HYBRID}, which Google would list as fully
 *       remote</td></tr>
 *   <tr><td>{@code workplace.environment}</td><td>{@code employerOverview}</td></tr>
 *   <tr><td>{@code employment.types}</td><td>{@code employmentType}: {@code FULL_TIME}, {@code PART_TIME} … as Google expects</td></tr>
 *   <tr><td>{@code employment.schedule}, {@code employment.hoursPerWeek}</td><td>{@code workHours}</td></tr>
 *   <tr><td>{@code pay}</td><td>{@code baseSalary}: {@code MonetaryAmount} with {@code currency} and a
 *       {@code QuantitativeValue} of {@code minValue}/{@code maxValue} (a fixed rate: {@code value})
 *       and {@code unitText} {@code HOUR} … {@code YEAR}</td></tr>
 *   <tr><td>{@code otherCompensation}</td><td>{@code incentiveCompensation}</td></tr>
 *   <tr><td>{@code benefits[].name}</td><td>{@code jobBenefits}</td></tr>
 *   <tr><td>{@code responsibilities[].text}</td><td>{@code responsibilities}</td></tr>
 *   <tr><td>{@code qualifications}, required</td><td>by kind: {@code SKILL} → {@code skills} (preferred
 *       ones too); {@code EDUCATION} → {@code educationRequirements} ({@code EducationalOccupationalCredential}
 *       with Google's {@code credentialCategory}: high school, associate degree, bachelor degree,
 *       postgraduate degree, professional certificate; text without a level); {@code EXPERIENCE} →
 *       {@code experienceRequirements} (text); {@code CERTIFICATION}, {@code LICENSE} →
 *       {@code qualifications} ({@code EducationalOccupationalCredential} of category certificate,
 *       license); others → {@code qualifications} (text)</td></tr>
 *   <tr><td>{@code role.experienceTiers}</td><td>{@code experienceRequirements}: an
 *       {@code OccupationalExperienceRequirements} with the lowest tier's {@code minYears} × 12 as
 *       {@code monthsOfExperience}</td></tr>
 *   <tr><td>{@code role.occupations}</td><td>{@code occupationalCategory}: {@code CategoryCode} with
 *       {@code codeValue}, {@code name}, {@code inCodeSet} ({@code CategoryCodeSet} named by the scheme,
 *       with its {@code version})</td></tr>
 *   <tr><td>{@code role} (title, alternate titles, duties, qualifications, market pay)</td>
 *       <td>{@code relevantOccupation}: the {@code Occupation} below, without what the posting states</td></tr>
 *   <tr><td>{@code role.faqs}</td><td>the {@code FAQPage}</td></tr>
 *   <tr><td>description only</td><td>{@code brief}, {@code role.summary}, {@code reportsTo},
 *       preferred qualifications and every qualification's {@code detail} and
 *       {@code obtainableAfterHire}, responsibilities' {@code essential} and {@code category},
 *       {@code pay.note}, benefits' {@code category}, the arrangement when not remote and its
 *       applicant regions, {@code workplace.travel}, {@code application} (no property fits:
 *       {@code applicationContact} is for questions about the job), {@code equalOpportunity},
 *       {@code accommodation}, experience tiers' levels, ranges and summaries, all
 *       {@code sections}</td></tr>
 *   </tbody>
 * </table>
 *
 * <table class="striped">
 *   <caption>A role as an {@code Occupation}</caption>
 *   <thead><tr><th>field</th><th>property</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code title}, {@code alternateTitles}, {@code id}</td><td>{@code name}, {@code alternateName}, {@code identifier}</td></tr>
 *   <tr><td>{@code occupations}, {@code experienceTiers}</td><td>{@code occupationalCategory},
 *       {@code experienceRequirements}, as for a posting</td></tr>
 *   <tr><td>{@code duties[].text}</td><td>{@code responsibilities}</td></tr>
 *   <tr><td>{@code qualifications}</td><td>as for a posting</td></tr>
 *   <tr><td>{@code marketPay}</td><td>{@code estimatedSalary}: a median is a
 *       {@code MonetaryAmountDistribution} with {@code currency}, {@code median} and the period as
 *       {@code duration} ({@code P1Y} …); the vocabulary has no mean, so an average is a
 *       {@code MonetaryAmount} with a {@code QuantitativeValue} {@code value} and {@code unitText}</td></tr>
 *   <tr><td>{@code marketPay[].location}</td><td>{@code occupationLocation}: an {@code AdministrativeArea}
 *       per place named (the vocabulary ties places to the occupation, not to a figure)</td></tr>
 *   <tr><td>{@code faqs}</td><td>the {@code FAQPage}: {@code mainEntity} {@code Question}s with
 *       {@code name} and an {@code acceptedAnswer} {@code Answer} whose {@code text} is the
 *       paragraphs as {@code <p>} elements</td></tr>
 *   <tr><td>description only</td><td>{@code summary}, experience tiers' levels, ranges and summaries,
 *       preferred qualifications and qualification details, which place each pay figure is for,
 *       whether it is an average, its {@code source}, {@code asOf} and {@code scope}, all
 *       {@code sections}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The document's {@code language} selects the description's labels and number formats and is
 * the FAQPage's {@code inLanguage}; {@code JobPosting} and {@code Occupation} are
 * {@code Intangible}s, which have no {@code inLanguage}. {@code directApply} says whether the
 * page that shows the posting lets people apply on it, which the document cannot know: it is
 * written only when the application sets it ({@link Builder#directApply}).
 *
 * <p>Immutable and thread-safe once built; each render builds its own tree.
 *
 * @since 0.1
 */
public final class JsonLdRenderer implements Renderer {
  /** The format id, {@code jsonld}. */
  public static final String FORMAT_ID = "jsonld";

  private final JsonLdMapping mapping;
  private final List<JsonLdCustomizer> customizers;
  private final ObjectWriter writer;

  private JsonLdRenderer(Builder builder) {
    this.mapping = new JsonLdMapping(builder.settings, builder.directApply);
    this.customizers = List.copyOf(builder.customizers);
    this.writer = JsonLdWriter.create(builder.pretty);
  }

  /** {@return a new builder: default settings, pretty-printed, {@code directApply} unknown, no customizer} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String getFormatId() {
    return FORMAT_ID;
  }

  /** Writes the JSON-LD of {@code document} to {@code out}, followed by a line end. */
  @Override
  public void render(JobDocument document, Appendable out) {
    try {
      Renderer.append(out, writer.writeValueAsString(toJsonLd(document)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    Renderer.append(out, "\n");
  }

  /**
   * {@return the JSON-LD document of {@code document} as a tree, customizers applied: a new tree on each
   * call, for an application that adds it to a graph of its own}
   *
   * @param document the job description or role
   */
  public ObjectNode toJsonLd(JobDocument document) {
    ObjectNode jsonLd = mapping.map(document);
    customizers.forEach(customizer -> customizer.customize(document, jsonLd));
    return jsonLd;
  }

  /** Builds a {@link JsonLdRenderer}. */
  public static final class Builder {
    private RenderSettings settings = RenderSettings.defaults();
    private boolean pretty = true;
    private Optional<Boolean> directApply = Optional.empty();
    private final List<JsonLdCustomizer> customizers = new ArrayList<>();

    private Builder() {}

    /**
     * The language, labels and parts of the {@code description} (and of nothing else: the
     * properties always carry the data).
     *
     * @param settings the settings of the description's text
     * @return this builder
     */
    public Builder settings(RenderSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Indents the output by two spaces ({@code true}, the default) or writes it on one line.
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * States on every posting whether the page it is shown on lets people apply right there
     * (Google's {@code directApply}); not written unless set.
     *
     * @param directApply whether people can apply on the page
     * @return this builder
     */
    public Builder directApply(boolean directApply) {
      this.directApply = Optional.of(directApply);
      return this;
    }

    /**
     * Adds {@code customizer}, run after those added before it.
     *
     * @param customizer the customizer
     * @return this builder
     */
    public Builder customizer(JsonLdCustomizer customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /** {@return the renderer} */
    public JsonLdRenderer build() {
      return new JsonLdRenderer(this);
    }
  }
}
