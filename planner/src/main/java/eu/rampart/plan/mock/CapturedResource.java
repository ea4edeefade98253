package eu.rampart.plan.mock;

import java.util.List;
import java.util.Map;

/** One resource registration as the engine would have received it, plus the mock's answer. */
record CapturedResource(
    int order,
    String urn,
    String type,
    String name,
    boolean custom,
    String id,
    String parent,
    String provider,
    Map<String, String> providers,
    List<String> dependencies,
    Map<String, List<String>> propertyDependencies,
    Map<String, Object> inputs,
    Map<String, Object> outputs,
    boolean protect,
    boolean retainOnDelete) {

  boolean isProvider() { return type.startsWith("pulumi:providers:"); }

  String stringInput(String key) {
    Object v = inputs.get(key);
    return v instanceof String s && !s.isEmpty() && !s.equals(StructValues.UNKNOWN_TEXT)
        && !s.equals(StructValues.SECRET_TEXT) ? s : null;
  }

  String stringOutput(String key) {
    Object v = outputs.get(key);
    return v instanceof String s && !s.isEmpty() ? s : null;
  }
}
