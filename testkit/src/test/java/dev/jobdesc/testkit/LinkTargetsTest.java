package dev.jobdesc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://x.example/?q=%3Cscript%3E&a='x'",
        "HTTP://X.EXAMPLE",
        "https://user:pa$$@x.example:8443/",
        "https://[2001:db8::1]/",
        "mailto:o'brien@x.example",
        "#part-pay"
      })
  void linksFromUrlAndEmailFieldsAreSafe(String target) {
    assertEquals(Optional.empty(), LinkTargets.problem(target));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//x.example/",
        "j",
        "https://x.invalid/",
        "https://a.b.INVALID:8443/path",
        "https://x.example@x.invalid/",
        "http://invalid./",
        "mailto:injected@x.invalid"
      })
  void otherSchemesRelativeLinksAndLinksMadeFromTextAreNot(String target) {
    assertTrue(LinkTargets.problem(target).isPresent(), target);
  }
}
