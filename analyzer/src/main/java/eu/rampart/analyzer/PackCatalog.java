package eu.rampart.analyzer;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which controls Pulumi may check one resource at a time. A rule says so in its METADATA with
 * {@code custom.policy_type: resource}: its verdict on a resource depends on that resource (and
 * its provider) alone. Every other rule needs the whole stack (joins of separate resources,
 * stack-level presence checks) and runs in AnalyzeStack. Defaulting to "stack" is the safe side:
 * a join rule run on a lone resource would report false findings.
 */
final class PackCatalog {
  private final Set<String> resourceScoped;

  private PackCatalog(Set<String> resourceScoped) { this.resourceScoped = Set.copyOf(resourceScoped); }

  static PackCatalog of(List<Annotation> annotations) {
    Set<String> ids = new HashSet<>();
    for (Annotation a : annotations) {
      if (a.custom() == null) continue;
      Value id = a.custom().get("id");
      Value type = a.custom().get("policy_type");
      if (id instanceof StringValue s && type instanceof StringValue t && t.value().equals("resource")) ids.add(s.value());
    }
    return new PackCatalog(ids);
  }

  boolean resourceScoped(String controlId) { return resourceScoped.contains(controlId); }
}
