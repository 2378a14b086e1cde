package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.Benefit;
import dev.jobdesc.model.Dates;
import dev.jobdesc.model.Employment;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Organization;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import dev.jobdesc.render.Labels;
import dev.jobdesc.render.LocalFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A {@link JobDescription} as a schema.org {@code JobPosting}. */
final class JobPostings {
  private final Labels labels;
  private final LocalFormat format;

  /** Maps with {@code labels} and numbers of {@code locale}, for the few words a property needs. */
  JobPostings(Locale locale, Labels labels) {
    this.labels = labels;
    this.format = new LocalFormat(locale, labels);
  }

  /** The posting of {@code job}, with {@code description} and {@code directApply} when known. */
  ObjectNode posting(JobDescription job, Optional<String> description, Optional<Boolean> directApply) {
    ObjectNode node = Nodes.typed("JobPosting");
    node.put("title", job.displayTitle());
    Nodes.putText(node, "description", description);
    job.getId().ifPresent(id -> node.set("identifier", Nodes.identifier(id)));
    job.getDates().ifPresent(dates -> putDates(node, dates));
    job.getOrganization().ifPresent(o -> node.set("hiringOrganization", organization(o)));
    job.getWorkplace().ifPresent(w -> putWorkplace(node, w));
    job.getEmployment().ifPresent(e -> putEmployment(node, e));
    job.getPay().ifPresent(pay -> node.set("baseSalary", Pay.baseSalary(pay)));
    Nodes.putText(node, "incentiveCompensation", job.getOtherCompensation());
    Nodes.putTexts(node, "jobBenefits", job.getBenefits().stream().map(Benefit::getName).toList());
    Nodes.putTexts(node, "responsibilities", Occupations.texts(job.getResponsibilities()));
    QualificationProperties.of(job.getQualifications())
        .putOn(node, Occupations.lowestTierMonths(job.getRole()));
    Nodes.putAll(node, "occupationalCategory", Occupations.categories(job.getRole()));
    directApply.ifPresent(direct -> node.put("directApply", direct));
    node.set("relevantOccupation", Occupations.relevantTo(job.getRole()));
    return node;
  }

  private static void putDates(ObjectNode node, Dates dates) {
    dates.getPosted().ifPresent(d -> node.put("datePosted", d.toString()));
    dates.getValidThrough().ifPresent(d -> node.put("validThrough", d.toString()));
  }

  /** The company, its web site as {@code sameAs} (as Google's examples do), its department. */
  private static ObjectNode organization(Organization organization) {
    ObjectNode node = Nodes.typed("Organization");
    node.put("name", organization.getName());
    organization.getUrl().filter(JobPostings::isHttpUrl).ifPresent(url -> node.put("sameAs", url));
    organization.getDepartment().ifPresent(name -> node.set("department", department(name)));
    return node;
  }

  private static ObjectNode department(String name) {
    ObjectNode department = Nodes.typed("Organization");
    department.put("name", name);
    return department;
  }

  /**
   * Places of work for every arrangement; {@code TELECOMMUTE} and the applicant regions only for
   * {@code REMOTE}: Google reserves them for jobs done fully remotely, and a hybrid job marked so
   * would be listed as remote. The work environment is the vocabulary's
   * {@code employerOverview} ("the work environment for this position").
   */
  private static void putWorkplace(ObjectNode node, Workplace workplace) {
    Nodes.putAll(node, "jobLocation", workplace.getLocations().stream().map(Places::workplace).toList());
    if (workplace.getArrangement() == WorkArrangement.REMOTE) {
      node.put("jobLocationType", "TELECOMMUTE");
      Nodes.putAll(
          node,
          "applicantLocationRequirements",
          workplace.getApplicantRegions().stream().map(Places::applicantRegion).toList());
    }
    Nodes.putText(node, "employerOverview", workplace.getEnvironment());
  }

  /** The types as Google's {@code employmentType} values, which are the model's names. */
  private void putEmployment(ObjectNode node, Employment employment) {
    Nodes.putTexts(node, "employmentType", employment.getTypes().stream().map(Enum::name).toList());
    List<JsonNode> hours = new ArrayList<>();
    employment.getSchedule().ifPresent(s -> hours.add(Nodes.text(s)));
    employment.getHoursPerWeek()
        .ifPresent(h -> hours.add(Nodes.text(labels.get("details.hoursPerWeek") + ": " + format.number(h))));
    Nodes.putAll(node, "workHours", hours);
  }

  /** Whether {@code value} is an absolute http(s) URL with a host: the only URLs emitted. */
  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
