package dev.jobdesc.internal.rules.paytransparency;

import java.util.Locale;

/**
 * A place whose pay-transparency law has a profile: its code (the profile's suffix), the name
 * messages use, and where it is (country and region, as {@link AutoSelection} matches them).
 */
enum Jurisdiction {
  US_CO("US-CO", "Colorado", "US", "CO", "Colorado"),
  /** A city: matched by region {@code NY} and a locality of the five boroughs. */
  US_NY_NYC("US-NY-NYC", "New York City", "US", "NY", "New York"),
  US_NY("US-NY", "New York State", "US", "NY", "New York"),
  US_CA("US-CA", "California", "US", "CA", "California"),
  US_WA("US-WA", "Washington State", "US", "WA", "Washington"),
  US_IL("US-IL", "Illinois", "US", "IL", "Illinois"),
  US_MD("US-MD", "Maryland", "US", "MD", "Maryland"),
  US_HI("US-HI", "Hawaii", "US", "HI", "Hawaii"),
  US_MA("US-MA", "Massachusetts", "US", "MA", "Massachusetts"),
  US_MN("US-MN", "Minnesota", "US", "MN", "Minnesota"),
  US_VT("US-VT", "Vermont", "US", "VT", "Vermont"),
  US_NJ("US-NJ", "New Jersey", "US", "NJ", "New Jersey"),
  CA_BC("CA-BC", "British Columbia", "CA", "BC", "British Columbia"),
  CA_ON("CA-ON", "Ontario", "CA", "ON", "Ontario"),
  /** The member states, matched by country; "EU law" reads as the subject of a message. */
  EU("EU", "EU law", null, null, null);

  private final String code;
  private final String displayName;
  private final String country;
  private final String regionCode;
  private final String regionName;

  Jurisdiction(String code, String displayName, String country, String regionCode, String regionName) {
    this.code = code;
    this.displayName = displayName;
    this.country = country;
    this.regionCode = regionCode;
    this.regionName = regionName;
  }

  /** The code, e.g. {@code US-CO}: the profile's suffix and the findings' jurisdiction. */
  String code() {
    return code;
  }

  /** The name a message starts with, e.g. "Colorado" or "EU law". */
  String displayName() {
    return displayName;
  }

  /** The place as a description names it, e.g. "Colorado" or "the EU". */
  String place() {
    return this == EU ? "the EU" : displayName;
  }

  /** The ISO 3166-1 country, or null for the EU. */
  String country() {
    return country;
  }

  /** The ISO 3166-2 region code without its country, e.g. {@code CO}; null for the EU. */
  String regionCode() {
    return regionCode;
  }

  /** The region's English name, e.g. "Colorado"; null for the EU. */
  String regionName() {
    return regionName;
  }

  /** The profile's name, e.g. {@code pay-transparency:US-CO}. */
  String profileName() {
    return "pay-transparency:" + code;
  }

  /** The id of this jurisdiction's rule {@code name}, e.g. {@code pay-transparency.us-co.range}. */
  String ruleId(String name) {
    return "pay-transparency." + code.toLowerCase(Locale.ROOT) + "." + name;
  }
}
