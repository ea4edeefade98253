package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Expected values from OPA's uuid conformance cases. */
class UuidBuiltinsTest {
  private static final String V2 = "{\"clocksequence\": 12800, \"domain\": \"Person\", \"id\": 1000, \"macvariables\": \"local:unicast\","
      + " \"nodeid\": \"32-50-96-b3-9f-47\", \"time\": 1693566990121469600, \"variant\": \"RFC4122\", \"version\": 2}";

  @Test
  void parseFormats() {
    assertCall("{\"variant\": \"RFC4122\", \"version\": 4}", "uuid.parse", "00000000-0000-4000-8000-000000000000");
    assertCall("{\"variant\": \"RFC4122\", \"version\": 4}", "uuid.parse", "{00000000-0000-4000-8000-000000000000}");
    assertCall("{\"variant\": \"RFC4122\", \"version\": 3}", "uuid.parse", "38074da4-0b00-388d-9c3c-362de965547a");
    assertCall("{\"variant\": \"RFC4122\", \"version\": 3}", "uuid.parse", "6bea8ef2d3d33cd184e09bab06a52ece");
    assertCall(V2, "uuid.parse", "000003e8-48b9-21ee-b200-325096b39f47");
    assertCall(V2, "uuid.parse", "urn:uuid:000003e8-48b9-21ee-b200-325096b39f47");
  }

  @Test
  void notAUuidIsUndefined() {
    assertNull(call("uuid.parse", "not-a-uuid"));
    assertNull(call("uuid.parse", "00000000-0000-4000-8000-00000000000g"));
    assertNull(call("uuid.parse", "00000000+0000-4000-8000-000000000000"));
  }

  @Test
  void rfc4122IsStableWithinAQueryAndRandomAcrossQueries() {
    TextBuiltinsTestSupport.QueryContext q = new TextBuiltinsTestSupport.QueryContext();
    Value a = TextBuiltinsTestSupport.call(q, "uuid.rfc4122", "key");
    for (int i = 0; i < 100; i++) assertEquals(a, TextBuiltinsTestSupport.call(q, "uuid.rfc4122", "key"));
    assertNotEquals(a, TextBuiltinsTestSupport.call(q, "uuid.rfc4122", "other"));
    assertNotEquals(a, call("uuid.rfc4122", "key"));
    String s = ((StringValue) a).value();
    assertTrue(s.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), s);
    assertCall("{\"variant\": \"RFC4122\", \"version\": 4}", "uuid.parse", s);
    assertTrue(TextBuiltinsTestSupport.REGISTRY.get("uuid.rfc4122").nondeterministic());
  }
}
