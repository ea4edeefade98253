package eu.rampart.plan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import com.google.protobuf.Struct;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** getPolicyDocument is rendered from its arguments as the AWS provider renders it; what it cannot render stays unknown. */
class PolicyDocumentsTest {
  private static Struct args(Map<String, Object> m) {
    return Wire.of(m).getStructValue();
  }

  @Test
  void aPublicReadStatementRendersWithItsPrincipalAndOneElementListsAsStrings() {
    Map<String, Object> doc = PolicyDocuments.render(args(Map.of("statements", List.of(Map.of(
        "principals", List.of(Map.of("type", "*", "identifiers", List.of("*"))),
        "actions", List.of("s3:GetObject"),
        "resources", List.of("arn:aws:s3:::site/*", "arn:aws:s3:::site"),
        "conditions", List.of(Map.of("test", "Bool", "variable", "aws:SecureTransport", "values", List.of("true"))))))));
    var json = JsonParser.parseString((String) doc.get("json")).getAsJsonObject();
    assertEquals("2012-10-17", json.get("Version").getAsString());
    var st = json.getAsJsonArray("Statement").get(0).getAsJsonObject();
    assertEquals("Allow", st.get("Effect").getAsString());
    assertEquals("*", st.get("Principal").getAsString());
    assertEquals("s3:GetObject", st.get("Action").getAsString());
    assertEquals(2, st.getAsJsonArray("Resource").size());
    assertEquals("true", st.getAsJsonObject("Condition").getAsJsonObject("Bool").get("aws:SecureTransport").getAsString());
    assertEquals(JsonParser.parseString((String) doc.get("json")), JsonParser.parseString((String) doc.get("minifiedJson")));
  }

  @Test
  void aServicePrincipalIsKeyedByType() {
    Map<String, Object> doc = PolicyDocuments.render(args(Map.of("statements", List.of(Map.of(
        "actions", List.of("sts:AssumeRole"),
        "principals", List.of(Map.of("type", "Service", "identifiers", List.of("ec2.amazonaws.com"))))))));
    var st = JsonParser.parseString((String) doc.get("json")).getAsJsonObject().getAsJsonArray("Statement").get(0).getAsJsonObject();
    assertEquals("ec2.amazonaws.com", st.getAsJsonObject("Principal").get("Service").getAsString());
  }

  @Test
  void mergedDocumentsAndUnknownOrSecretArgumentsAreTheCloudsAnswer() {
    assertNull(PolicyDocuments.render(args(Map.of("sourcePolicyDocuments", List.of("{}")))));
    assertNull(PolicyDocuments.render(args(Map.of("statements", List.of(Map.of("resources", List.of(Wire.UNKNOWN)))))));
    assertNull(PolicyDocuments.render(args(Map.of("statements", List.of(Map.of("resources", List.of(Wire.secret(Wire.of("arn:aws:s3:::x")))))))));
  }
}
