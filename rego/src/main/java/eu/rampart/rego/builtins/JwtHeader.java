package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The JOSE header members OPA interprets (alg, kid, typ, cty, crit), as its parseTokenHeader reads them. */
record JwtHeader(String alg, String kid, String typ, String cty, Set<String> crit, List<String> unknown) {

  static JwtHeader parse(ObjectValue header) {
    String alg = "";
    String kid = "";
    String typ = "";
    String cty = "";
    Set<String> crit = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    // OPA walks the header in key order, which decides which malformed member is reported first.
    for (Value key : header.sortedKeys()) {
      String name = key instanceof StringValue s ? s.value() : key.toString();
      Value v = header.get(key);
      switch (name) {
        case "alg" -> alg = string(name, v);
        case "kid" -> kid = string(name, v);
        case "typ" -> typ = string(name, v);
        case "cty" -> cty = string(name, v);
        case "crit" -> {
          if (!(v instanceof ArrayValue a)) throw new BuiltinError("crit: must be a list");
          for (Value item : a.items()) {
            if (!(item instanceof StringValue s)) throw new BuiltinError("crit: must be a list of strings");
            crit.add(s.value());
          }
        }
        default -> unknown.add(name);
      }
    }
    return new JwtHeader(alg, kid, typ, cty, crit, unknown);
  }

  private static String string(String name, Value v) {
    if (v instanceof StringValue s) return s.value();
    throw new BuiltinError(name + " header: must be a string");
  }

  /** RFC 7515: alg is required (4.1.1) and a critical member we do not understand invalidates the JWS (4.1.11). */
  boolean valid() {
    if (alg.isEmpty()) return false;
    for (String u : unknown) if (crit.contains(u)) return false;
    return true;
  }
}
