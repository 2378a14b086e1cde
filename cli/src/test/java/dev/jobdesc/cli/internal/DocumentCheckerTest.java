package dev.jobdesc.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.validation.Finding;
import dev.jobdesc.validation.Profile;
import dev.jobdesc.validation.Rule;
import dev.jobdesc.validation.Severity;
import dev.jobdesc.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCheckerTest {
  private static final String ROLE = "{\"version\":1,\"kind\":\"role\",\"id\":\"r\",\"title\":\"T\"}";

  @Test
  void aFailureToCheckADocumentIsAFindingOnIt() {
    Rule broken =
        Rule.builder("broken.always")
            .category("broken")
            .description("Throws, as a buggy rule would.")
            .check((document, context) -> {
              throw new IllegalStateException("bug");
            })
            .build();
    DocumentChecker checker =
        new DocumentChecker(
            Validator.builder().addProfile(Profile.of("broken", "A bug.", List.of(broken))).build());

    CheckedDocument checked =
        checker.check("r.json", DocumentReader.standard().parse(ROLE, "r.json"));

    assertEquals("r", checked.id());
    assertEquals("role", checked.kind());
    assertEquals(1, checked.findings().size());
    Finding finding = checked.findings().get(0);
    assertEquals(Validator.INTERNAL_ERROR, finding.getRuleId());
    assertEquals(Severity.ERROR, finding.getSeverity());
    assertTrue(finding.getMessage().contains("IllegalStateException: bug"), finding.getMessage());
  }
}
