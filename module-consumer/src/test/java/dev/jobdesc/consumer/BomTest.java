package dev.jobdesc.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM manages exactly the artifacts the build publishes: every jar module of the reactor
 * that does not skip deployment, at the project's version.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theBomListsEveryPublishedJarAndNothingElse() throws Exception {
    Element bom = read(ROOT.resolve("bom/pom.xml"));
    Set<String> managed = new TreeSet<>();
    Element management = child(bom, "dependencyManagement");
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      assertEquals("dev.jobdesc", text(dependency, "groupId"));
      assertEquals("${project.version}", text(dependency, "version"), text(dependency, "artifactId"));
      managed.add(text(dependency, "artifactId"));
    }
    Set<String> published = new TreeSet<>();
    collectPublished(ROOT, published);
    assertEquals(published, managed);
    assertEquals(text(read(ROOT.resolve("pom.xml")), "version"), text(bom, "version"));
  }

  /** Adds the published jar modules under {@code dir}, following {@code <modules>}. */
  private static void collectPublished(Path dir, Set<String> published) throws Exception {
    Element pom = read(dir.resolve("pom.xml"));
    String packaging = text(pom, "packaging");
    Element properties = child(pom, "properties");
    boolean skipsDeploy = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
    if ((packaging == null || packaging.equals("jar")) && !skipsDeploy) {
      published.add(text(pom, "artifactId"));
    }
    Element modules = child(pom, "modules");
    if (modules != null) {
      for (Element module : children(modules, "module")) {
        collectPublished(dir.resolve(module.getTextContent().trim()), published);
      }
    }
  }

  private static Element read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element parent, String name) {
    Element child = child(parent, name);
    return child == null ? null : child.getTextContent().trim();
  }
}
