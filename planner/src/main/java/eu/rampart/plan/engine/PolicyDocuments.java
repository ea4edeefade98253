package eu.rampart.plan.engine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aws:iam/getPolicyDocument}: a pure function of its arguments (the AWS provider renders the
 * JSON locally, {@code data_source_iam_policy_document.go} in terraform-provider-aws), so a preview
 * knows its answer and so does the planner. Bucket policies built with it then reach the pack as the
 * JSON a preview shows (DATA-1 judges their principals). Rendered as the provider renders it:
 * version {@code 2012-10-17} unless given, effect {@code Allow} unless given, a one-element list
 * as a plain string, principal type {@code *} as {@code "*"}, conditions keyed by test then variable.
 * Documents merged from {@code sourcePolicyDocuments}/{@code overridePolicyDocuments}, and arguments
 * not known yet, are left to the cloud's answer (unknown).
 */
final class PolicyDocuments {
  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

  private PolicyDocuments() {}

  /** The result, or null when it is not this planner's to render. */
  static Map<String, Object> render(Struct args) {
    Map<String, Value> a = args.getFieldsMap();
    if (!list(a.get("sourcePolicyDocuments")).isEmpty() || !list(a.get("overridePolicyDocuments")).isEmpty()
        || a.containsKey("sourceJson") || a.containsKey("overrideJson")) return null;
    Object plain = PreviewOutputs.plain(Value.newBuilder().setStructValue(args).build());
    if (hasUnknown(Value.newBuilder().setStructValue(args).build()) || !(plain instanceof Map<?, ?>)) return null;

    Map<String, Object> doc = new LinkedHashMap<>();
    String version = text(a.get("version"));
    doc.put("Version", version == null ? "2012-10-17" : version);
    String policyId = text(a.get("policyId"));
    if (policyId != null) doc.put("Id", policyId);
    List<Object> statements = new ArrayList<>();
    for (Value sv : list(a.get("statements"))) {
      if (!sv.hasStructValue()) return null;
      Map<String, Value> s = sv.getStructValue().getFieldsMap();
      Map<String, Object> st = new LinkedHashMap<>();
      String sid = text(s.get("sid"));
      if (sid != null) st.put("Sid", sid);
      String effect = text(s.get("effect"));
      st.put("Effect", effect == null ? "Allow" : effect);
      putStrings(st, "Action", s.get("actions"));
      putStrings(st, "NotAction", s.get("notActions"));
      putStrings(st, "Resource", s.get("resources"));
      putStrings(st, "NotResource", s.get("notResources"));
      putPrincipals(st, "Principal", s.get("principals"));
      putPrincipals(st, "NotPrincipal", s.get("notPrincipals"));
      Map<String, Object> conditions = new LinkedHashMap<>();
      for (Value cv : list(s.get("conditions"))) {
        Map<String, Value> c = cv.getStructValue().getFieldsMap();
        String test = text(c.get("test"));
        String variable = text(c.get("variable"));
        if (test == null || variable == null) return null;
        @SuppressWarnings("unchecked")
        Map<String, Object> byVariable = (Map<String, Object>) conditions.computeIfAbsent(test, k -> new LinkedHashMap<>());
        byVariable.put(variable, oneOrMany(strings(c.get("values"))));
      }
      if (!conditions.isEmpty()) st.put("Condition", conditions);
      statements.add(st);
    }
    doc.put("Statement", statements);

    String json = PRETTY.toJson(doc);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", Integer.toUnsignedString(json.hashCode()));
    r.put("json", json);
    r.put("minifiedJson", COMPACT.toJson(doc));
    r.put("version", doc.get("Version"));
    if (policyId != null) r.put("policyId", policyId);
    return r;
  }

  private static void putStrings(Map<String, Object> st, String key, Value v) {
    List<String> s = strings(v);
    if (!s.isEmpty()) st.put(key, oneOrMany(s));
  }

  private static void putPrincipals(Map<String, Object> st, String key, Value v) {
    Map<String, Object> byType = new LinkedHashMap<>();
    for (Value pv : list(v)) {
      Map<String, Value> p = pv.getStructValue().getFieldsMap();
      String type = text(p.get("type"));
      List<String> ids = strings(p.get("identifiers"));
      if ("*".equals(type)) {
        st.put(key, "*");
        return;
      }
      if (type != null) byType.put(type, oneOrMany(ids));
    }
    if (!byType.isEmpty()) st.put(key, byType);
  }

  private static Object oneOrMany(List<String> values) {
    return values.size() == 1 ? values.get(0) : values;
  }

  private static List<Value> list(Value v) {
    return v != null && v.hasListValue() ? v.getListValue().getValuesList() : List.of();
  }

  private static List<String> strings(Value v) {
    List<String> out = new ArrayList<>();
    for (Value item : list(v)) if (item.hasStringValue()) out.add(item.getStringValue());
    return out;
  }

  private static String text(Value v) {
    return v != null && v.hasStringValue() && !v.getStringValue().isEmpty() ? v.getStringValue() : null;
  }

  private static boolean hasUnknown(Value v) {
    if (Wire.isUnknown(v) || Wire.isSecret(v)) return true; // a secret argument would put its text in the JSON
    if (v.hasListValue()) return v.getListValue().getValuesList().stream().anyMatch(PolicyDocuments::hasUnknown);
    if (v.hasStructValue()) return v.getStructValue().getFieldsMap().values().stream().anyMatch(PolicyDocuments::hasUnknown);
    return v.hasStringValue() && Wire.marksUnknown(v.getStringValue());
  }
}
