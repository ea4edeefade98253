package eu.rampart.rego.compile;

import eu.rampart.rego.value.ObjectValue;
import java.util.List;

public final class Compiler {
  private Compiler() {}

  public static CompiledPolicy compile(List<ModuleSource> modules, ObjectValue data) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
