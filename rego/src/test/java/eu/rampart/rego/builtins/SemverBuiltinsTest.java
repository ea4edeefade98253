package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import org.junit.jupiter.api.Test;

/** Expected values from OPA's semvercompare / semverisvalid conformance cases and semver 2.0 precedence. */
class SemverBuiltinsTest {
  @Test
  void compare() {
    assertCall("-1", "semver.compare", "1.0.0", "2.0.0");
    assertCall("1", "semver.compare", "2.0.0", "1.0.0");
    assertCall("0", "semver.compare", "1.0.0", "1.0.0");
    assertCall("-1", "semver.compare", "1.0.0-alpha", "1.0.0");
    assertCall("-1", "semver.compare", "1.0.0-alpha", "1.0.0-alpha.1");
    assertCall("-1", "semver.compare", "1.0.0-alpha.1", "1.0.0-alpha.beta");
    assertCall("-1", "semver.compare", "1.0.0-beta.2", "1.0.0-beta.11");
    assertCall("1", "semver.compare", "1.0.0-rc.1", "1.0.0-beta.11");
    assertCall("0", "semver.compare", "1.0.0+build.1", "1.0.0+build.2");
    assertCall("1", "semver.compare", "1.10.0", "1.9.9");
  }

  @Test
  void compareErrorsQuoteTheOperand() {
    assertEquals("operand 1: string \"1\" is not a valid SemVer", builtinError("semver.compare", "1", "1.0.0"));
    assertEquals("operand 2: string \"1\" is not a valid SemVer", builtinError("semver.compare", "1.0.0", "1"));
  }

  @Test
  void isValid() {
    assertEquals(BooleanValue.TRUE, call("semver.is_valid", "1.0.0"));
    assertEquals(BooleanValue.FALSE, call("semver.is_valid", "1"));
    assertEquals(BooleanValue.FALSE, call("semver.is_valid", 1L));
    assertEquals(BooleanValue.TRUE, call("semver.is_valid", "1.2.3-rc.1+sha.5114f85"));
    assertEquals(BooleanValue.FALSE, call("semver.is_valid", "v1.2.3"));
    // OPA's go-semver fork splits off an empty pre-release and accepts it.
    assertEquals(BooleanValue.TRUE, call("semver.is_valid", "1.2.3-"));
    assertEquals(BooleanValue.FALSE, call("semver.is_valid", "1.2.3-a..b"));
    assertEquals(BooleanValue.FALSE, call("semver.is_valid", "1.2.x"));
  }
}
