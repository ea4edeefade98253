package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Go's {@code pkix.Name} as JSON, filled from a DER RDNSequence the way FillFromRDNSequence does. */
final class CryptoX509Names {
  private CryptoX509Names() {}

  static ObjectValue name(Tlv rdnSequence) throws Malformed {
    List<Value> country = new ArrayList<>(), org = new ArrayList<>(), unit = new ArrayList<>(),
        locality = new ArrayList<>(), province = new ArrayList<>(), street = new ArrayList<>(),
        postal = new ArrayList<>(), names = new ArrayList<>();
    String serial = "";
    String common = "";
    if (rdnSequence.tag() != CryptoX509Der.SEQUENCE) throw new Malformed("name");
    for (Tlv rdn : rdnSequence.children()) {
      if (rdn.tag() != CryptoX509Der.SET) throw new Malformed("relative distinguished name");
      for (Tlv atv : rdn.children()) {
        List<Tlv> parts = atv.children();
        if (parts.size() != 2) throw new Malformed("attribute");
        int[] oid = parts.get(0).oid();
        Value value = attributeValue(parts.get(1));
        names.add(ObjectValue.builder().put("Type", oidArray(oid)).put("Value", value).build());
        if (oid.length != 4 || oid[0] != 2 || oid[1] != 5 || oid[2] != 4 || !(value instanceof StringValue s)) continue;
        switch (oid[3]) {
          case 3 -> common = s.value();
          case 5 -> serial = s.value();
          case 6 -> country.add(s);
          case 7 -> locality.add(s);
          case 8 -> province.add(s);
          case 9 -> street.add(s);
          case 10 -> org.add(s);
          case 11 -> unit.add(s);
          case 17 -> postal.add(s);
          default -> { }
        }
      }
    }
    return ObjectValue.builder()
        .put("Country", listOrNull(country)).put("Organization", listOrNull(org))
        .put("OrganizationalUnit", listOrNull(unit)).put("Locality", listOrNull(locality))
        .put("Province", listOrNull(province)).put("StreetAddress", listOrNull(street))
        .put("PostalCode", listOrNull(postal)).put("SerialNumber", StringValue.of(serial))
        .put("CommonName", StringValue.of(common)).put("Names", listOrNull(names))
        .put("ExtraNames", NullValue.NULL).build();
  }

  /**
   * A value as Go's asn1 decodes it into interface{}: strings, integers, booleans, OIDs, octet
   * strings as base64; other types as base64 of their DER.
   */
  static Value attributeValue(Tlv v) {
    byte[] b = v.value();
    return switch (v.tag()) {
      case 0x0C -> StringValue.of(new String(b, StandardCharsets.UTF_8));
      case 0x13, 0x16, 0x12, 0x1A -> StringValue.of(new String(b, StandardCharsets.US_ASCII));
      case 0x14 -> StringValue.of(new String(b, StandardCharsets.ISO_8859_1));
      case 0x1E -> StringValue.of(new String(b, StandardCharsets.UTF_16BE));
      case 0x1C -> StringValue.of(new String(b, java.nio.charset.Charset.forName("UTF-32BE")));
      case CryptoX509Der.INTEGER -> NumberValue.of(new java.math.BigInteger(b.length == 0 ? new byte[1] : b));
      case CryptoX509Der.BOOLEAN -> eu.rampart.rego.value.BooleanValue.of(b.length == 1 && b[0] != 0);
      case CryptoX509Der.OCTET_STRING -> StringValue.of(Base64.getEncoder().encodeToString(b));
      case CryptoX509Der.OID -> {
        try {
          yield oidArray(v.oid());
        } catch (CryptoX509Der.Malformed e) {
          yield StringValue.of(Base64.getEncoder().encodeToString(v.encoded()));
        }
      }
      default -> StringValue.of(Base64.getEncoder().encodeToString(v.encoded()));
    };
  }

  static ArrayValue oidArray(int[] oid) {
    Value[] out = new Value[oid.length];
    for (int i = 0; i < oid.length; i++) out[i] = NumberValue.of(oid[i]);
    return ArrayValue.wrap(out);
  }

  /** Go marshals a nil slice as null. */
  static Value listOrNull(List<? extends Value> items) {
    return items.isEmpty() ? NullValue.NULL : ArrayValue.of(items);
  }
}
