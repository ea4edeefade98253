package eu.rampart.rego.compile;

import eu.rampart.rego.api.Annotation;
import java.util.List;

public final class CompiledPolicy {
  public CompiledQuery compileQuery(String query) { throw new UnsupportedOperationException(); }
  public List<Annotation> annotations() { return List.of(); }
  public List<String> packages() { return List.of(); }
  public List<String> ruleNames() { return List.of(); }
}
