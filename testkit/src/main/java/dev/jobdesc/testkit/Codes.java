package dev.jobdesc.testkit;

import dev.jobdesc.model.OccupationCode;
import java.util.List;
import java.util.Optional;

/**
 * Values with a fixed syntax: document ids, e-mail addresses, URLs, occupation codes, country and
 * region codes, postal codes. Fixed lists rather than the JDK's, so that a seed gives the same
 * document on every JDK. {@link HostileCodes} overrides those whose syntax the model leaves free
 * or only partly fixed.
 */
class Codes {
  /** ISO 3166-1 alpha-2 codes, {@code NO} among them: YAML 1.1 reads a bare NO as false. */
  private static final List<String> COUNTRIES =
      List.of("US", "CA", "GB", "DE", "FR", "ES", "IN", "IL", "JP", "CN", "BR", "SG", "KW", "NO",
          "MX", "AU", "NL", "IE", "CH", "KR", "EG", "AE", "ZA", "NG", "TR");

  /** ISO 3166-2 subdivisions, including every one with its own pay-transparency profile. */
  private static final List<String> SUBDIVISIONS =
      List.of("US-CO", "US-NY", "US-CA", "US-WA", "US-IL", "US-MD", "US-HI", "US-MA", "US-MN",
          "US-VT", "US-NJ", "US-DC", "US-PR", "CA-ON", "CA-BC", "CA-QC", "DE-BY", "DE-BE",
          "GB-ENG", "IN-KA", "JP-13", "AU-NSW", "BR-SP", "FR-IDF", "CN-BJ");

  private static final List<String> POSTAL_CODES =
      List.of("02134", "80202", "10001-1234", "M5V 3L9", "SW1A 1AA", "10115", "100-0001",
          "560001", "6100001", "01310-100", "0150", "75001");
  private static final List<String> ID_PREFIXES = List.of("REQ-", "job.", "JD_", "", "2024-");
  private static final List<String> TRICKY_IDS =
      List.of("00123", "1e5", "1_000", ".inf", "0x1F", "-", "..", "1.50", "007");
  private static final List<String> MAIL_USERS =
      List.of("jobs", "careers", "talent.team", "apply+ref", "hr-2024", "o'brien");
  private static final List<String> DOMAINS =
      List.of("example.com", "example.org", "careers.example.co.uk", "xn--bcher-kva.example");
  /** URL endings; all but the empty one get a number appended. */
  private static final List<String> URL_TAILS =
      List.of("", "/", "/jobs/", "/apply?id=", "/careers#", "/emploi/%C3%A9t%C3%A9-", ":8443/");
  private static final List<String> OTHER_SCHEMES = List.of(OccupationCode.ESCO, "NOC", "KldB 2010");
  private static final List<String> OTHER_SCHEME_SUFFIXES = List.of("", ".1", ".1.3");
  private static final List<String> SCHEME_VERSIONS = List.of("2019", "2018", "08", "1.2");

  private final Chance chance;

  Codes(Chance chance) {
    this.chance = chance;
  }

  /** An id matching {@code [A-Za-z0-9._-]{1,64}}, numeric-looking and 64-character ones too. */
  String id() {
    return switch (chance.between(0, 9)) {
      case 0 -> chance.pick(TRICKY_IDS);
      case 1 -> "A".repeat(64);
      default -> chance.pick(ID_PREFIXES) + chance.between(0, 99_999);
    };
  }

  String country() {
    return chance.pick(COUNTRIES);
  }

  /** A country or a subdivision, as {@code applicantRegions} lists them. */
  String region() {
    return chance.oneIn(2) ? country() : chance.pick(SUBDIVISIONS);
  }

  String postalCode() {
    return chance.pick(POSTAL_CODES);
  }

  String email() {
    return chance.pick(MAIL_USERS) + "@" + chance.pick(DOMAINS);
  }

  /** An absolute {@code http} or {@code https} URL, sometimes with a port, query or fragment. */
  String url() {
    String scheme = chance.pick(List.of("https", "http", "HTTPS"));
    String tail = chance.pick(URL_TAILS);
    String number = tail.isEmpty() ? "" : String.valueOf(chance.between(1, 999));
    return scheme + "://" + chance.pick(DOMAINS) + tail + number;
  }

  /** A code of a known or other scheme, in that scheme's form. */
  OccupationCode.Builder occupationCode() {
    OccupationCode.Builder code = OccupationCode.builder();
    return switch (chance.between(0, 4)) {
      case 0 -> code.scheme(OccupationCode.ONET_SOC).code(soc() + "." + digits(2));
      case 1 -> code.scheme(OccupationCode.ONET_SOC).code(soc());
      case 2 -> code.scheme(OccupationCode.SOC).code(soc());
      case 3 -> code.scheme(OccupationCode.ISCO_08).code(digits(4)); // 0110 exists: keep the 0
      default -> code.scheme(otherScheme()).code(otherSchemeCode());
    };
  }

  /** The version of an occupation code's scheme, half of the time. */
  Optional<String> occupationVersion() {
    return chance.maybe(() -> chance.pick(SCHEME_VERSIONS));
  }

  /** A scheme whose codes have no format the validator checks. */
  String otherScheme() {
    return chance.pick(OTHER_SCHEMES);
  }

  /** A code of an {@link #otherScheme()}. */
  String otherSchemeCode() {
    return digits(chance.between(3, 5)) + chance.pick(OTHER_SCHEME_SUFFIXES);
  }

  private String soc() {
    return digits(2) + "-" + digits(4);
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + chance.between(0, 9)));
    }
    return digits.toString();
  }
}
