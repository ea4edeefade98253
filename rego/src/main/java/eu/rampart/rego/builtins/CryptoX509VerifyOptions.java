package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OPA's extractVerifyOpts: the options object of parse_and_verify_certificates_with_options. */
final class CryptoX509VerifyOptions {
  private CryptoX509VerifyOptions() {}

  private static final Map<String, String> KEY_USAGES = Map.ofEntries(
      Map.entry("KeyUsageAny", CryptoX509Chain.ANY_USAGE),
      Map.entry("KeyUsageServerAuth", CryptoX509Chain.SERVER_AUTH),
      Map.entry("KeyUsageClientAuth", "1.3.6.1.5.5.7.3.2"),
      Map.entry("KeyUsageCodeSigning", "1.3.6.1.5.5.7.3.3"),
      Map.entry("KeyUsageEmailProtection", "1.3.6.1.5.5.7.3.4"),
      Map.entry("KeyUsageIPSECEndSystem", "1.3.6.1.5.5.7.3.5"),
      Map.entry("KeyUsageIPSECTunnel", "1.3.6.1.5.5.7.3.6"),
      Map.entry("KeyUsageIPSECUser", "1.3.6.1.5.5.7.3.7"),
      Map.entry("KeyUsageTimeStamping", "1.3.6.1.5.5.7.3.8"),
      Map.entry("KeyUsageOCSPSigning", "1.3.6.1.5.5.7.3.9"),
      Map.entry("KeyUsageMicrosoftServerGatedCrypto", "1.3.6.1.4.1.311.10.3.3"),
      Map.entry("KeyUsageNetscapeServerGatedCrypto", "2.16.840.1.113730.4.1"),
      Map.entry("KeyUsageMicrosoftCommercialCodeSigning", "1.3.6.1.4.1.311.2.1.22"),
      Map.entry("KeyUsageMicrosoftKernelCodeSigning", "1.3.6.1.4.1.311.61.1.1"));

  /** Options with Go's defaults: no host name check, the query's time, server-auth usage. */
  static CryptoX509Chain.Options defaults(Date now) {
    return new CryptoX509Chain.Options("", now, Set.of());
  }

  static CryptoX509Chain.Options parse(ObjectValue options, Date now) {
    String dnsName = "";
    Date time = now;
    Set<String> usages = new LinkedHashSet<>();
    for (Value key : options.sortedKeys()) {
      Value v = options.get(key);
      String name = key instanceof StringValue s ? s.value() : "";
      switch (name) {
        case "DNSName" -> {
          if (!(v instanceof StringValue s)) throw new BuiltinError("'DNSName' should be a string");
          dnsName = s.value();
        }
        case "CurrentTime" -> {
          if (!(v instanceof NumberValue n)) throw new BuiltinError("'CurrentTime' should be a number");
          if (!n.isLong()) throw new BuiltinError("'CurrentTime' should be a valid int64 number");
          time = new Date(Math.floorDiv(n.longValue(), 1_000_000L));
        }
        case "MaxConstraintComparisons" -> {
          // Only bounds name-constraint checking, which CryptoX509Chain refuses to approximate.
          if (!(v instanceof NumberValue n)) throw new BuiltinError("'MaxConstraintComparisons' should be a number");
          if (!n.isInteger() || !n.isLong() || n.longValue() != (int) n.longValue()) {
            throw new BuiltinError("'MaxConstraintComparisons' should be a valid number");
          }
        }
        case "KeyUsages" -> usages.addAll(keyUsages(v));
        default -> throw new BuiltinError("invalid key option");
      }
    }
    return new CryptoX509Chain.Options(dnsName, time, usages);
  }

  private static List<String> keyUsages(Value v) {
    Collection<Value> items;
    if (v instanceof ArrayValue a) items = a.items();
    else if (v instanceof SetValue s) items = s.elements();
    else throw new BuiltinError("'KeyUsages' should be an Array or Set");
    List<String> out = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Value item : items) {
      if (!(item instanceof StringValue s)) continue;
      String oid = KEY_USAGES.get(s.value());
      if (oid == null) invalid.add(s.value());
      else out.add(oid);
    }
    if (!invalid.isEmpty()) {
      throw new BuiltinError("invalid entries for 'KeyUsages' found: [" + String.join(" ", invalid) + "]");
    }
    return out;
  }
}
