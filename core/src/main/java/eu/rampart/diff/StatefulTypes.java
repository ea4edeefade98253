package eu.rampart.diff;

import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Which resource types are stateful (deleting or replacing one destroys data, keys or audit
 * evidence), as the policy pack says: {@code data.rampart.lib.stateful_type} in lib_types.rego is
 * the one list, which DATA-4 also uses, so the diff lists first exactly the deletes and replaces
 * DATA-4 flags. Answers are cached per type.
 */
public final class StatefulTypes {
  static final String QUERY = "data.rampart.lib.stateful_type(input.type)";

  private final RegoPolicyPack pack;
  private final PreparedQuery query;
  private final Map<String, Boolean> cache = new HashMap<>();

  private StatefulTypes(RegoPolicyPack pack, PreparedQuery query) {
    this.pack = pack;
    this.query = query;
  }

  /** Fails when the pack does not define {@code data.rampart.lib.stateful_type}. */
  public static StatefulTypes of(RegoPolicyPack pack) throws PolicyEvaluationException {
    StatefulTypes t = new StatefulTypes(pack, pack.prepare(QUERY));
    // a pack without the rule would make every type "not stateful": refuse it instead
    if (!t.evaluate("aws:s3/bucketV2:BucketV2")) {
      throw new PolicyEvaluationException("the policy pack does not define data.rampart.lib.stateful_type"
          + " (the stateful resource types, lib_types.rego), or it does not count an S3 bucket as stateful");
    }
    return t;
  }

  /**
   * Whether deleting or replacing a resource of this type loses data; an evaluation failure is
   * thrown as an {@link IllegalStateException} carrying the pack's message.
   */
  public boolean isStateful(String type) {
    if (type == null || type.isEmpty()) return false;
    return cache.computeIfAbsent(type, t -> {
      try {
        return evaluate(t);
      } catch (PolicyEvaluationException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
  }

  private boolean evaluate(String type) throws PolicyEvaluationException {
    Value input = ObjectValue.builder().put(StringValue.of("type"), StringValue.of(type)).build();
    Value v = pack.evaluateOnOneThread(query, input);
    return v instanceof BooleanValue b && b.value();
  }
}
