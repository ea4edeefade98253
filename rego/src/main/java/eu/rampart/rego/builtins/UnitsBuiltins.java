package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * OPA's units.parse (SI and binary suffixes, "m" is milli, case-sensitive first letter) and
 * units.parse_bytes (case-insensitive byte units, result truncated to an integer). Amounts may
 * use scientific notation ("1e3K"); a bare trailing "e"/"E" is the exa suffix. Arithmetic is
 * exact decimal, so "1.1Ki" is exactly 1126.4.
 */
public final class UnitsBuiltins implements BuiltinFamily {
  private static final BigDecimal KI = BigDecimal.valueOf(1024);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("units.parse", List.of(Type.STRING), Type.NUMBER, (c, a) -> NumberValue.of(parse(Args.string(a, 0))));
    r.register("units.parse_bytes", List.of(Type.STRING), Type.NUMBER,
        (c, a) -> NumberValue.of(parseBytes(Args.string(a, 0)).toBigInteger()));
  }

  static BigDecimal parse(String raw) {
    String s = raw.replace("\"", "");
    if (s.contains(" ")) throw new BuiltinError("units.parse: spaces not allowed in resource strings");
    String[] nu = numAndUnit(s);
    if (nu[0].isEmpty()) throw new BuiltinError("units.parse: no amount provided");
    String unit = nu[1];
    // Only the first letter keeps its case, so that "m" (milli) and "M" (mega) differ.
    if (unit.length() > 1) unit = unit.charAt(0) + unit.substring(1).toLowerCase(java.util.Locale.ROOT);
    BigDecimal multiplier;
    switch (unit) {
      case "": multiplier = BigDecimal.ONE; break;
      case "m": multiplier = new BigDecimal("0.001"); break;
      case "k": case "K": multiplier = BigDecimal.TEN.pow(3); break;
      case "ki": case "Ki": multiplier = KI; break;
      case "M": multiplier = BigDecimal.TEN.pow(6); break;
      case "mi": case "Mi": multiplier = KI.pow(2); break;
      case "g": case "G": multiplier = BigDecimal.TEN.pow(9); break;
      case "gi": case "Gi": multiplier = KI.pow(3); break;
      case "t": case "T": multiplier = BigDecimal.TEN.pow(12); break;
      case "ti": case "Ti": multiplier = KI.pow(4); break;
      case "p": case "P": multiplier = BigDecimal.TEN.pow(15); break;
      case "pi": case "Pi": multiplier = KI.pow(5); break;
      case "e": case "E": multiplier = BigDecimal.TEN.pow(18); break;
      case "ei": case "Ei": multiplier = KI.pow(6); break;
      default: throw new BuiltinError("units.parse: unit " + nu[1] + " not recognized");
    }
    BigDecimal amount = number(nu[0], "units.parse: could not parse amount to a number");
    return amount.multiply(multiplier);
  }

  static BigDecimal parseBytes(String raw) {
    String s = raw.replace("\"", "").toLowerCase(java.util.Locale.ROOT);
    if (s.contains(" ")) throw new BuiltinError("units.parse_bytes: spaces not allowed in resource strings");
    String[] nu = numAndUnit(s);
    if (nu[0].isEmpty()) throw new BuiltinError("units.parse_bytes: no byte amount provided");
    BigDecimal multiplier;
    switch (nu[1]) {
      case "": multiplier = BigDecimal.ONE; break;
      case "kb": case "k": multiplier = BigDecimal.TEN.pow(3); break;
      case "kib": case "ki": multiplier = KI; break;
      case "mb": case "m": multiplier = BigDecimal.TEN.pow(6); break;
      case "mib": case "mi": multiplier = KI.pow(2); break;
      case "gb": case "g": multiplier = BigDecimal.TEN.pow(9); break;
      case "gib": case "gi": multiplier = KI.pow(3); break;
      case "tb": case "t": multiplier = BigDecimal.TEN.pow(12); break;
      case "tib": case "ti": multiplier = KI.pow(4); break;
      case "pb": case "p": multiplier = BigDecimal.TEN.pow(15); break;
      case "pib": case "pi": multiplier = KI.pow(5); break;
      case "eb": case "e": multiplier = BigDecimal.TEN.pow(18); break;
      case "eib": case "ei": multiplier = KI.pow(6); break;
      default: throw new BuiltinError("units.parse_bytes: byte unit " + nu[1] + " not recognized");
    }
    BigDecimal amount = number(nu[0], "units.parse_bytes: could not parse byte amount to a number");
    return amount.multiply(multiplier).setScale(0, RoundingMode.DOWN);
  }

  /**
   * Amounts beyond 10^±1000 are refused: "1e100000000" would otherwise become a number with a
   * hundred million digits (memory and time), and no resource quantity comes near that.
   */
  private static final int MAX_MAGNITUDE = 1000;

  private static BigDecimal number(String text, String error) {
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new BuiltinError(error);
    }
    if (d.signum() != 0 && Math.abs((long) d.precision() - d.scale()) > MAX_MAGNITUDE) {
      throw new BuiltinError(error.substring(0, error.indexOf(':')) + ": amount " + text + " is out of range");
    }
    return d;
  }

  /** Splits "-3.5E2mi" into {"-3.5E2", "mi"}: sign, digits and dots, then an exponent if digits follow e/E. */
  static String[] numAndUnit(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
    int bodyStart = i;
    while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
    if (i == bodyStart) return new String[] {"", s};
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) j++;
      if (j < n && Character.isDigit(s.charAt(j))) {
        while (j < n && Character.isDigit(s.charAt(j))) j++;
        i = j;
      }
    }
    return new String[] {s.substring(0, i), s.substring(i)};
  }
}
