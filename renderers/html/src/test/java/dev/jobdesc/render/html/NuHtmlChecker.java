package dev.jobdesc.render.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker in-process, offline (its schemas come from its jar). Setting it up takes
 * about a second, so one instance serves every test class of the run; it is not thread-safe, so
 * checks are serialized.
 */
final class NuHtmlChecker {
  private static NuHtmlChecker shared;

  private final SimpleDocumentValidator validator;
  private final List<String> errors = new ArrayList<>();

  private NuHtmlChecker() throws Exception {
    ErrorHandler collector =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // Warnings are advice (e.g. on Unicode normalization of the text); only errors fail.
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(describe(e));
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add("fatal: " + describe(e));
          }
        };
    // Language detection off: it is slow to load and its guesses would make results vary.
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  /** The checker of this test run. */
  static synchronized NuHtmlChecker shared() throws Exception {
    if (shared == null) {
      shared = new NuHtmlChecker();
    }
    return shared;
  }

  /** The errors in {@code html}, a whole document, each with its line and column. */
  synchronized List<String> errors(String html) throws Exception {
    errors.clear();
    validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
    return List.copyOf(errors);
  }

  /** {@code fragment} in the smallest conforming page, to check it as a host page would hold it. */
  static String inHostPage(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Host page</title>\n</head>\n<body>\n<main>\n"
        + fragment
        + "</main>\n</body>\n</html>\n";
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
  }
}
