package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values from OPA's units conformance cases. */
class UnitsBuiltinsTest {
  private static Value parse(String s) { return call("units.parse", s); }

  private static Value bytes(String s) { return call("units.parse_bytes", s); }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "500m|0.5", "0.0005K|0.5", "0.0000005M|0.5", "0|0", "0.0|0", ".0|0", "12345|12345", "10K|10000", "10KI|10240",
      "10k|10000", "10Ki|10240", "200M|200000000", "300Gi|322122547200", "1.1K|1100", "1.1Ki|1126.4", ".5K|500",
      "100ki|102400", "100Ki|102400", "100mi|104857600", "100Mi|104857600", "100g|100000000000", "100gi|107374182400",
      "100t|100000000000000", "100T|100000000000000", "100ti|109951162777600", "100Ti|109951162777600",
      "100p|100000000000000000", "100P|100000000000000000", "100pi|112589990684262400", "100Pi|112589990684262400",
      "10e|10000000000000000000", "10E|10000000000000000000", "10ei|11529215046068469760", "10Ei|11529215046068469760",
      "1e10|10000000000", "3.2E4|32000", "2.5e3K|2500000", "1e3M|1000000000", "4E2G|400000000000",
      "5e1Gi|53687091200", "1e-2|0.01", "7.8E-1|0.78", "6e3Mi|6291456000", "42|42", "-3.5E2m|-0.35",
      "\"100TI\"|109951162777600", "100m|0.1", "1024|1024", "1Ki|1024", "2Mi|2097152", "128Gi|137438953472"})
  void parse(String in, String want) {
    assertEquals(json(want), parse(in), in);
  }

  @Test
  void parseComparisons() {
    assertNotEquals(json("5"), parse("5E"));
    assertEquals(1, parse("3Mi").compareTo(parse("3M")));
    assertEquals(1, parse("4.1Mi").compareTo(parse("4Mi")));
    assertEquals(-1, parse("1234k").compareTo(parse("1g")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"100TIB\"|109951162777600", "0|0", "0.0|0", ".0|0", "12345|12345", "10KB|10000", "10KIB|10240", "10kb|10000",
      "10Kib|10240", "200mb|200000000", "300GiB|322122547200", "1.1KB|1100", "1.1KiB|1126", ".5KB|500", "100k|100000",
      "100kb|100000", "100ki|102400", "100kib|102400", "100m|100000000", "100mb|100000000", "100mi|104857600",
      "100mib|104857600", "100g|100000000000", "100gb|100000000000", "100gi|107374182400", "100gib|107374182400",
      "100t|100000000000000", "100tb|100000000000000", "100ti|109951162777600", "100tib|109951162777600",
      "100p|100000000000000000", "100pb|100000000000000000", "100pi|112589990684262400", "100pib|112589990684262400",
      "10e|10000000000000000000", "10eb|10000000000000000000", "10ei|11529215046068469760",
      "10eib|11529215046068469760", "1e3KB|1000000", "3.2E2MiB|335544320", "4.5e1GiB|48318382080", "5e6|5000000",
      "1e-2KB|10", "6.4E1GB|64000000000", "7.5e1TiB|82463372083200", "5e2MiB|524288000", "2e2GiB|214748364800",
      "1024|1024", "1KiB|1024", "2MiB|2097152", "2Mi|2097152", "128Gi|137438953472"})
  void parseBytes(String in, String want) {
    assertEquals(json(want), bytes(in), in);
  }

  @Test
  void parseBytesComparisons() {
    assertNotEquals(json("5"), bytes("5E"));
    assertEquals(1, bytes("8kb").compareTo(bytes("7kb")));
    assertEquals(1, bytes("3MiB").compareTo(bytes("3MB")));
    assertEquals(1, bytes("4.1Mi").compareTo(bytes("4Mi")));
  }

  @Test
  void errors() {
    assertEquals("units.parse: no amount provided", builtinError("units.parse", ""));
    assertEquals("units.parse: no amount provided", builtinError("units.parse", "G"));
    assertEquals("units.parse: no amount provided", builtinError("units.parse", "foo"));
    assertEquals("units.parse: could not parse amount to a number", builtinError("units.parse", "0.0.0"));
    assertEquals("units.parse: could not parse amount to a number", builtinError("units.parse", ".5.2"));
    assertEquals("units.parse: spaces not allowed in resource strings", builtinError("units.parse", "100 k"));
    assertEquals("units.parse: spaces not allowed in resource strings", builtinError("units.parse", " 327Mi "));
    assertEquals("units.parse: unit kb not recognized", builtinError("units.parse", "1kb"));
    assertEquals("units.parse_bytes: no byte amount provided", builtinError("units.parse_bytes", ""));
    assertEquals("units.parse_bytes: no byte amount provided", builtinError("units.parse_bytes", "GB"));
    assertEquals("units.parse_bytes: no byte amount provided", builtinError("units.parse_bytes", "foo"));
    assertEquals("units.parse_bytes: could not parse byte amount to a number", builtinError("units.parse_bytes", "0.0.0"));
    assertEquals("units.parse_bytes: could not parse byte amount to a number", builtinError("units.parse_bytes", ".5.2"));
    assertEquals("units.parse_bytes: spaces not allowed in resource strings", builtinError("units.parse_bytes", "100 kb"));
    assertEquals("units.parse_bytes: spaces not allowed in resource strings", builtinError("units.parse_bytes", " 327MiB "));
    assertEquals("units.parse_bytes: byte unit xb not recognized", builtinError("units.parse_bytes", "1xb"));
    assertEquals("units.parse_bytes: amount 1e100000000 is out of range", builtinError("units.parse_bytes", "1e100000000"));
    assertEquals("units.parse: amount 1e-5000 is out of range", builtinError("units.parse", "1e-5000"));
  }
}
