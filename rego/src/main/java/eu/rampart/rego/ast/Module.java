package eu.rampart.rego.ast;

import eu.rampart.rego.api.RegoVersion;
import java.util.List;

/** A parsed module: package path (without "data"), imports, rules and METADATA blocks. */
public record Module(String file, RegoVersion version, List<String> pkg, Location pkgLoc, List<Import> imports,
                     List<Rule> rules, List<MetadataBlock> metadata) {

  /** {@code import data.x.y as z}: path is the full ref, alias the name it binds. */
  public record Import(Term.Ref path, String alias, Location loc) {}

  /** A METADATA comment block, parsed YAML, and the line of the first rule/package after it. */
  public record MetadataBlock(java.util.Map<String, Object> yaml, Location loc, int attachLine) {}
}
