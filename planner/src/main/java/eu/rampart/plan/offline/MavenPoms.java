package eu.rampart.plan.offline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few facts rampart needs from POMs: properties and the module list. External entities are off. */
final class MavenPoms {
  private MavenPoms() {}

  static Document read(Path pom) throws OfflinePlanException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(pom.toFile());
    } catch (Exception e) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, pom + ": cannot read the POM: " + e.getMessage());
    }
  }

  /** A {@code <properties>} entry of the project (not of profiles). */
  static Optional<String> property(Document pom, String name) {
    for (Element props : children(pom.getDocumentElement(), "properties")) {
      for (Element p : children(props, name)) {
        String v = p.getTextContent().trim();
        if (!v.isEmpty()) return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * A configuration value of a build plugin ({@code <build><plugins>} first, then
   * {@code <pluginManagement>}), plugin-wide or of its first execution that sets it.
   */
  static Optional<String> pluginConfiguration(Document pom, String artifactId, String key) {
    for (Element build : children(pom.getDocumentElement(), "build")) {
      List<Element> sections = new ArrayList<>(children(build, "plugins"));
      for (Element pm : children(build, "pluginManagement")) sections.addAll(children(pm, "plugins"));
      for (Element plugins : sections) {
        for (Element plugin : children(plugins, "plugin")) {
          boolean matches = children(plugin, "artifactId").stream().anyMatch(a -> a.getTextContent().trim().equals(artifactId));
          if (!matches) continue;
          List<Element> configs = new ArrayList<>(children(plugin, "configuration"));
          for (Element execs : children(plugin, "executions")) {
            for (Element exec : children(execs, "execution")) configs.addAll(children(exec, "configuration"));
          }
          for (Element c : configs) {
            for (Element v : children(c, key)) {
              String text = v.getTextContent().trim();
              if (!text.isEmpty()) return Optional.of(text);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code project.groupId}, {@code project.artifactId}, {@code project.version} (group and version fall back to the parent's). */
  static Optional<String> projectField(Document pom, String expression) {
    if (!expression.startsWith("project.")) return Optional.empty();
    String field = expression.substring("project.".length());
    if (!List.of("groupId", "artifactId", "version").contains(field)) return Optional.empty();
    for (Element e : children(pom.getDocumentElement(), field)) return Optional.of(e.getTextContent().trim());
    if (field.equals("artifactId")) return Optional.empty();
    for (Element parent : children(pom.getDocumentElement(), "parent")) {
      for (Element e : children(parent, field)) return Optional.of(e.getTextContent().trim());
    }
    return Optional.empty();
  }

  static List<String> modules(Document pom) {
    List<String> out = new ArrayList<>();
    for (Element modules : children(pom.getDocumentElement(), "modules")) {
      for (Element m : children(modules, "module")) out.add(m.getTextContent().trim());
    }
    return out;
  }

  /**
   * The outermost aggregator whose module tree contains {@code projectDir}, or empty when the
   * project builds on its own. Sibling modules then resolve from the reactor, not from ~/.m2.
   */
  static Optional<Path> reactorRoot(Path projectDir) throws OfflinePlanException {
    Path child = projectDir.toAbsolutePath().normalize();
    Path root = null;
    for (Path dir = child.getParent(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      // modules may sit deeper than one level (stacks/aws-landing-zone): skip directories without a POM
      if (!Files.isRegularFile(pom)) continue;
      boolean lists = false;
      for (String module : modules(read(pom))) {
        if (dir.resolve(module).toAbsolutePath().normalize().equals(child)) lists = true;
      }
      if (!lists) break;
      root = dir;
      child = dir;
    }
    return Optional.ofNullable(root);
  }

  private static List<Element> children(Node parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      if (list.item(i) instanceof Element e && name.equals(e.getTagName())) out.add(e);
    }
    return out;
  }
}
