package eu.rampart.stacks.aws;

import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** IAM policy documents built as data and serialised, never concatenated as strings. */
final class PolicyJson {
  private PolicyJson() {}

  static String document(List<Map<String, Object>> statements) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Version", "2012-10-17");
    doc.put("Statement", statements);
    return new GsonBuilder().disableHtmlEscaping().create().toJson(doc);
  }

  static Map<String, Object> statement(String sid, String effect, Object principal, Object action, Object resource) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Sid", sid);
    s.put("Effect", effect);
    if (principal != null) s.put("Principal", principal);
    s.put("Action", action);
    s.put("Resource", resource);
    return s;
  }

  static Map<String, Object> withCondition(Map<String, Object> statement, String operator, String key, Object value) {
    Map<String, Object> s = new LinkedHashMap<>(statement);
    s.put("Condition", Map.of(operator, Map.of(key, value)));
    return s;
  }

  static Map<String, Object> service(String principal) {
    return Map.of("Service", principal);
  }

  static String assumeRole(String servicePrincipal) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Sid", "AssumeByService");
    s.put("Effect", "Allow");
    s.put("Principal", service(servicePrincipal));
    s.put("Action", "sts:AssumeRole");
    return document(List.of(s));
  }
}
