package eu.rampart.cli.rego;

import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Modules (each with its language version) and the merged base document, ready for a Rego builder. */
final class LoadedPolicies {
  record Module(String file, String text, RegoVersion version) {}

  private final List<Module> modules = new ArrayList<>();
  private final List<java.nio.file.Path> dataFiles = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private ObjectValue data = ObjectValue.EMPTY;

  /** A data file read from disk (its secrets are registered with the output masker). */
  void addDataFile(java.nio.file.Path f) { dataFiles.add(f); }

  List<java.nio.file.Path> dataFiles() { return dataFiles; }

  /** Something loaded with a caveat (a data file with more after its first JSON value). */
  void warn(String line) { warnings.add(line); }

  List<String> warnings() { return warnings; }

  /** {@code import rego.v1} on a line of its own. */
  private static final java.util.regex.Pattern IMPORTS_REGO_V1 =
      java.util.regex.Pattern.compile("^[ \\t]*import[ \\t]+rego\\.v1[ \\t]*(#.*)?$", java.util.regex.Pattern.MULTILINE);

  /**
   * Adds a module. A v0 module that imports {@code rego.v1} is read as v1, as OPA reads it
   * (ast.RegoV0CompatV1: the v1 keywords and v1's rules, such as {@code if} before a body).
   */
  void addModule(String file, String text, RegoVersion version) {
    RegoVersion v = version == RegoVersion.V0 && IMPORTS_REGO_V1.matcher(text).find() ? RegoVersion.V1 : version;
    modules.removeIf(m -> m.file().equals(file));
    modules.add(new Module(file, text, v));
  }

  /** Places a document at the path and merges it in (loader Result.mergeDocument). */
  void addData(List<String> path, Value doc, String file) throws PolicyLoader.BadInput {
    Value v = doc;
    for (int i = path.size() - 1; i >= 0; i--) v = ObjectValue.builder().put(path.get(i), v).build();
    if (!(v instanceof ObjectValue o)) {
      throw new PolicyLoader.BadInput(file + ": a data file at the root must hold an object, not " + doc.typeName());
    }
    data = merge(data, o, file, "");
  }

  /** Another loaded set (a bundle found while walking), its data placed at the path. */
  void addAll(LoadedPolicies other, List<String> path, String file) throws PolicyLoader.BadInput {
    for (Module m : other.modules) addModule(m.file(), m.text(), m.version());
    dataFiles.addAll(other.dataFiles);
    if (!other.data.asMap().isEmpty() || !path.isEmpty()) addData(path, other.data, file);
  }

  List<Module> modules() { return modules; }

  ObjectValue data() { return data; }

  void applyTo(Rego.Builder b) {
    for (Module m : modules) b.module(m.file(), m.text(), m.version());
    b.data(data);
  }

  /**
   * OPA's internal/merge InterfaceMaps: objects merge key by key; a key both sides set to
   * anything but two objects is a conflict, even with equal values.
   */
  static ObjectValue merge(ObjectValue a, ObjectValue b, String file, String at) throws PolicyLoader.BadInput {
    if (a.asMap().isEmpty()) return b;
    LinkedHashMap<Value, Value> m = new LinkedHashMap<>(a.asMap());
    for (Map.Entry<Value, Value> e : b.entries()) {
      Value prev = m.get(e.getKey());
      String key = at + "/" + (e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString());
      if (prev == null) m.put(e.getKey(), e.getValue());
      else if (prev instanceof ObjectValue po && e.getValue() instanceof ObjectValue no) m.put(e.getKey(), merge(po, no, file, key));
      else throw new PolicyLoader.BadInput(file + ": merge error: data at " + key + " is already set by another file");
    }
    return ObjectValue.wrap(m);
  }
}
