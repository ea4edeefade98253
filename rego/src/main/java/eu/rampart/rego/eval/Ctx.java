package eu.rampart.rego.eval;

import eu.rampart.rego.compile.RuleNode;
import eu.rampart.rego.value.Value;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a piece of evaluation sees: the input, {@code with} replacements of data paths and
 * functions, and the caches that are only valid for exactly these replacements.
 */
final class Ctx {
  record DataOverride(List<String> path, Value value) {}

  final Value input;
  final List<DataOverride> dataOverrides;
  /** Function or built-in name to replacement: a String (another function's name) or a Value. */
  final Map<String, Object> fnOverrides;
  final IdentityHashMap<RuleNode, Object> nodeCache = new IdentityHashMap<>();
  /** Function results by arguments; shared by the evaluators of a parallel query in the root context. */
  final Map<FnKey, Object> fnCache;
  /** Values of single keys of partial objects not (yet) computed whole. */
  final IdentityHashMap<RuleNode, Map<Value, Object>> keyCache = new IdentityHashMap<>();
  /** Partial objects whose whole value raised an error: they are only ever evaluated by key. */
  final IdentityHashMap<RuleNode, Boolean> wholeFailed = new IdentityHashMap<>();

  /** Documents shared with the other evaluators of a parallel query; null for a context of its own. */
  final SharedDocuments shared;

  Ctx(Value input, List<DataOverride> dataOverrides, Map<String, Object> fnOverrides) {
    this(input, dataOverrides, fnOverrides, null);
  }

  Ctx(Value input, List<DataOverride> dataOverrides, Map<String, Object> fnOverrides, SharedDocuments shared) {
    this.input = input;
    this.dataOverrides = dataOverrides;
    this.fnOverrides = fnOverrides;
    this.shared = shared;
    this.fnCache = shared != null ? shared.functionResults : new HashMap<>();
  }
}
