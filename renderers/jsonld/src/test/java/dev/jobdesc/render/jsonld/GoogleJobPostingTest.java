package dev.jobdesc.render.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jobdesc.model.JobDescription;
import dev.jobdesc.model.Location;
import dev.jobdesc.model.WorkArrangement;
import dev.jobdesc.model.Workplace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Google's required JobPosting properties (title, description, datePosted, hiringOrganization,
 * and jobLocation, or for a fully remote job jobLocationType TELECOMMUTE with
 * applicantLocationRequirements) are there whenever the document has the data; TELECOMMUTE is
 * never claimed for a job that is not fully remote.
 */
class GoogleJobPostingTest {

  @Test
  void requiredPropertiesArePresentWheneverTheDataIs() {
    List<String> problems = new ArrayList<>();
    Stream.concat(
            Documents.sampleNames().stream()
                .map(Documents::sample)
                .filter(JobDescription.class::isInstance)
                .map(document -> new Case(((JobDescription) document).getId().orElseThrow(), (JobDescription) document)),
            Documents.seeds().mapToObj(seed -> new Case("seed " + seed, Documents.generatedJob(seed))))
        .forEach(c -> problems.addAll(c.problems()));
    assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + problems.stream().limit(50).collect(Collectors.joining("\n")));
  }

  @ParameterizedTest
  @EnumSource(value = WorkArrangement.class, names = {"ON_SITE", "HYBRID"})
  void onlyFullyRemoteJobsAreTelecommute(WorkArrangement arrangement) {
    JobDescription job =
        Documents.generatedJob(7)
            .withWorkplace(
                Workplace.builder()
                    .arrangement(arrangement)
                    .addLocations(Location.builder().locality("Denver").region("CO").country("US").build())
                    .addApplicantRegions("US-CO")
                    .build());
    JsonNode posting = Rendered.mainNode(Rendered.parsed(job));
    assertFalse(posting.has("jobLocationType"), posting::toString);
    assertFalse(posting.has("applicantLocationRequirements"), posting::toString);
    assertEquals("Denver", posting.at("/jobLocation/address/addressLocality").asText());
  }

  @Test
  void aRemoteJobIsTelecommuteFromItsRegions() {
    JobDescription job =
        Documents.generatedJob(7)
            .withWorkplace(
                Workplace.builder().arrangement(WorkArrangement.REMOTE).addApplicantRegions("US", "CA-ON").build());
    JsonNode posting = Rendered.mainNode(Rendered.parsed(job));
    assertEquals("TELECOMMUTE", posting.path("jobLocationType").asText());
    assertEquals(
        "[{\"@type\":\"Country\",\"name\":\"US\"},{\"@type\":\"AdministrativeArea\",\"name\":\"CA-ON\"}]",
        posting.path("applicantLocationRequirements").toString());
    assertFalse(posting.has("jobLocation"));
  }

  /** One job description and what its posting must hold. */
  private record Case(String name, JobDescription job) {
    List<String> problems() {
      JsonNode posting = Rendered.mainNode(Rendered.parsed(job));
      List<String> problems = new ArrayList<>();
      expect(problems, "JobPosting".equals(posting.path("@type").asText()), "@type JobPosting");
      expect(problems, job.displayTitle().equals(posting.path("title").asText()), "title");
      expect(problems, !posting.path("description").asText().isBlank(), "description");
      job.getDates().flatMap(d -> d.getPosted())
          .ifPresent(posted -> expect(problems, posted.toString().equals(posting.path("datePosted").asText()), "datePosted"));
      job.getOrganization()
          .ifPresent(o -> expect(problems, o.getName().equals(posting.at("/hiringOrganization/name").asText()), "hiringOrganization"));
      job.getWorkplace().ifPresent(w -> workplace(w, posting, problems));
      return problems;
    }

    private void workplace(Workplace workplace, JsonNode posting, List<String> problems) {
      int locations = workplace.getLocations().size();
      JsonNode jobLocation = posting.path("jobLocation");
      expect(problems, (jobLocation.isArray() ? jobLocation.size() : jobLocation.isObject() ? 1 : 0) == locations, "one jobLocation per location");
      boolean remote = workplace.getArrangement() == WorkArrangement.REMOTE;
      expect(problems, remote == "TELECOMMUTE".equals(posting.path("jobLocationType").asText()), "TELECOMMUTE exactly when REMOTE");
      boolean regions = remote && !workplace.getApplicantRegions().isEmpty();
      expect(problems, regions == posting.has("applicantLocationRequirements"), "applicantLocationRequirements exactly when REMOTE");
    }

    private void expect(List<String> problems, boolean holds, String what) {
      if (!holds) {
        problems.add(name + ": " + what);
      }
    }
  }
}
