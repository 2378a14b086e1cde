package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.model.Location;

/** Places: where the work is, where applicants may live, where a pay figure applies. */
final class Places {
  private Places() {}

  /** A place of work: a {@code Place} with its {@code PostalAddress}, as Google reads {@code jobLocation}. */
  static ObjectNode workplace(Location location) {
    ObjectNode address = Nodes.typed("PostalAddress");
    Nodes.putText(address, "streetAddress", location.getStreetAddress());
    Nodes.putText(address, "addressLocality", location.getLocality());
    Nodes.putText(address, "addressRegion", location.getRegion());
    Nodes.putText(address, "postalCode", location.getPostalCode());
    address.put("addressCountry", location.getCountry());
    ObjectNode place = Nodes.typed("Place");
    place.set("address", address);
    return place;
  }

  /**
   * An applicant region, named by its code as the model holds it: an ISO 3166-1 country
   * ({@code US}) is a {@code Country}, an ISO 3166-2 subdivision ({@code US-CO}) an
   * {@code AdministrativeArea}, the type the vocabulary expects of
   * {@code applicantLocationRequirements}.
   */
  static ObjectNode applicantRegion(String code) {
    return area(code.contains("-") ? "AdministrativeArea" : "Country", code);
  }

  /**
   * A region known only by a free-text name ("New York", "United States"): an
   * {@code AdministrativeArea}, as nothing says whether it is a city, a state or a country.
   */
  static ObjectNode namedRegion(String name) {
    return area("AdministrativeArea", name);
  }

  private static ObjectNode area(String type, String name) {
    ObjectNode area = Nodes.typed(type);
    area.put("name", name);
    return area;
  }
}
