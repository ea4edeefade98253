package eu.rampart.plan.mock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructValuesTest {
  private static Value str(String s) { return Value.newBuilder().setStringValue(s).build(); }
  private static Value num(double d) { return Value.newBuilder().setNumberValue(d).build(); }
  private static Value obj(Map<String, Value> fields) { return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build(); }
  private static Value list(Value... items) { return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(List.of(items))).build(); }
  private static Value secret(Value v) { return obj(Map.of(StructValues.SIG_KEY, str(StructValues.SECRET_SIG), "value", v)); }

  private static final Struct INPUTS = Struct.newBuilder()
      .putFields("password", secret(str("hunter2-secret")))
      .putFields("nested", obj(Map.of("token", secret(str("tok-abcdef")), "port", num(443))))
      .putFields("list", list(str("a"), secret(num(42))))
      .putFields("pending", str(StructValues.UNKNOWN))
      .putFields("ref", obj(Map.of(StructValues.SIG_KEY, str(StructValues.RESOURCE_SIG), "urn", str("urn:pulumi:s::p::t::n"))))
      .putFields("file", obj(Map.of(StructValues.SIG_KEY, str(StructValues.ASSET_SIG), "path", str("./index.html"))))
      .putFields("outputSecret", obj(Map.of(StructValues.SIG_KEY, str(StructValues.OUTPUT_SIG), "value", str("x"), "secret",
          Value.newBuilder().setBoolValue(true).build())))
      .putFields("outputUnknown", obj(Map.of(StructValues.SIG_KEY, str(StructValues.OUTPUT_SIG))))
      .build();

  @Test
  void secretsUnknownsReferencesAndAssetsAreReplaced() {
    Map<String, Object> m = StructValues.toMap(INPUTS);
    assertAll(() -> assertEquals("[secret]", m.get("password")),
        () -> assertEquals(Map.of("token", "[secret]", "port", 443.0), m.get("nested")),
        () -> assertEquals(List.of("a", "[secret]"), m.get("list")),
        () -> assertEquals("[unknown]", m.get("pending")),
        () -> assertEquals("urn:pulumi:s::p::t::n", m.get("ref")),
        () -> assertEquals("asset path ./index.html", m.get("file")),
        () -> assertEquals("[secret]", m.get("outputSecret")),
        () -> assertEquals("[unknown]", m.get("outputUnknown")));
  }

  @Test
  void echoedOutputsAreMaskedWhereTheInputWasSecretOrContainsASecret() {
    Set<String> secrets = StructValues.secretTexts(INPUTS);
    Map<String, Object> masked = StructValues.toMap(INPUTS);
    Map<String, Object> outputs = Map.of(
        "password", "hunter2-secret",
        "nested", Map.of("token", "tok-abcdef", "port", 443.0),
        "list", List.of("a", 42.0),
        "connectionString", "postgres://u:hunter2-secret@host/db",
        "arn", "arn:aws:s3:::bucket");
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) StructValues.maskLike(outputs, masked, secrets);
    assertAll(() -> assertEquals("[secret]", out.get("password")),
        () -> assertEquals(Map.of("token", "[secret]", "port", 443.0), out.get("nested")),
        () -> assertEquals(List.of("a", "[secret]"), out.get("list")),
        () -> assertEquals("[secret]", out.get("connectionString")),
        () -> assertEquals("arn:aws:s3:::bucket", out.get("arn")),
        () -> assertFalse(out.toString().contains("hunter2")));
  }
}
