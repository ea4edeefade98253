package eu.rampart.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic fixes rampart offers through Pulumi's {@code remediate} enforcement level: only
 * settings whose safe value is unambiguous and changes no data (TLS minimum version, HTTPS only,
 * no anonymous blob access, S3 public access block). Pulumi calls Remediate before Analyze for each
 * resource and replaces the resource's properties with the ones returned, so the fix is applied
 * before anything is created. A fix overwrites only a property that is missing or set to an unsafe
 * value; secret and unknown values are never touched.
 */
final class Remediations {
  /** One property of one set of resource types, and its safe value. */
  record Fix(Set<String> types, String property, Value safe, Set<Value> alreadySafe) {
    boolean appliesTo(String type) { return types.contains(type); }
  }

  private static final Value TRUE = Value.newBuilder().setBoolValue(true).build();
  private static final Value FALSE = Value.newBuilder().setBoolValue(false).build();
  private static final Value TLS1_2 = Value.newBuilder().setStringValue("TLS1_2").build();
  private static final Value TLS1_3 = Value.newBuilder().setStringValue("TLS1_3").build();

  private static final Set<String> AZURE_NATIVE_STORAGE = Set.of("azure-native:storage:StorageAccount");
  private static final Set<String> AZURE_CLASSIC_STORAGE = Set.of("azure:storage/account:Account");
  private static final String S3_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

  /** Control id to its fixes. */
  static final Map<String, List<Fix>> FIXES = fixes();

  private Remediations() {}

  private static Map<String, List<Fix>> fixes() {
    Map<String, List<Fix>> m = new LinkedHashMap<>();
    m.put("ENC-3", List.of(
        new Fix(AZURE_NATIVE_STORAGE, "minimumTlsVersion", TLS1_2, Set.of(TLS1_2, TLS1_3)),
        new Fix(AZURE_NATIVE_STORAGE, "enableHttpsTrafficOnly", TRUE, Set.of(TRUE)),
        new Fix(AZURE_NATIVE_STORAGE, "supportsHttpsTrafficOnly", TRUE, Set.of(TRUE)),
        new Fix(AZURE_CLASSIC_STORAGE, "minTlsVersion", TLS1_2, Set.of(TLS1_2, TLS1_3)),
        new Fix(AZURE_CLASSIC_STORAGE, "httpsTrafficOnlyEnabled", TRUE, Set.of(TRUE))));
    m.put("DATA-1", List.of(
        new Fix(AZURE_NATIVE_STORAGE, "allowBlobPublicAccess", FALSE, Set.of(FALSE)),
        new Fix(AZURE_CLASSIC_STORAGE, "allowNestedItemsToBePublic", FALSE, Set.of(FALSE)),
        new Fix(Set.of(S3_PUBLIC_ACCESS_BLOCK), "blockPublicAcls", TRUE, Set.of(TRUE)),
        new Fix(Set.of(S3_PUBLIC_ACCESS_BLOCK), "blockPublicPolicy", TRUE, Set.of(TRUE)),
        new Fix(Set.of(S3_PUBLIC_ACCESS_BLOCK), "ignorePublicAcls", TRUE, Set.of(TRUE)),
        new Fix(Set.of(S3_PUBLIC_ACCESS_BLOCK), "restrictPublicBuckets", TRUE, Set.of(TRUE))));
    return Map.copyOf(m);
  }

  /** What the remediation of a control does, for the policy summary. */
  static String describe(String controlId) {
    List<Fix> fixes = FIXES.get(controlId);
    if (fixes == null) return "";
    List<String> parts = new ArrayList<>();
    for (Fix f : fixes) parts.add(String.join("/", f.types()) + " " + f.property() + " = " + text(f.safe()));
    return "With enforcement level remediate, sets " + String.join("; ", parts) + " before the resource is created.";
  }

  /** The resource's properties with the control's fixes applied, or null when nothing changes. */
  static Struct apply(String controlId, String type, Struct properties) {
    List<Fix> fixes = FIXES.get(controlId);
    if (fixes == null) return null;
    Struct.Builder out = properties.toBuilder();
    boolean changed = false;
    for (Fix f : fixes) {
      if (!f.appliesTo(type)) continue;
      Value current = properties.getFieldsMap().get(f.property());
      if (current != null && (f.alreadySafe().contains(current) || untouchable(current))) continue;
      // classic storage accounts name HTTPS-only either way; fix the one the program uses
      if (f.property().equals("httpsTrafficOnlyEnabled") && properties.containsFields("enableHttpsTrafficOnly")) continue;
      if (f.property().equals("supportsHttpsTrafficOnly") && !properties.containsFields("supportsHttpsTrafficOnly")) continue;
      out.putFields(f.property(), f.safe());
      changed = true;
    }
    if (type.equals("azure:storage/account:Account") && properties.containsFields("enableHttpsTrafficOnly")) {
      Value v = properties.getFieldsMap().get("enableHttpsTrafficOnly");
      if (!v.equals(TRUE) && !untouchable(v)) {
        out.putFields("enableHttpsTrafficOnly", TRUE);
        changed = true;
      }
    }
    return changed ? out.build() : null;
  }

  /** Secrets and unknowns (objects or the unknown sentinel) are the program's business. */
  private static boolean untouchable(Value v) {
    return v.hasStructValue() || (v.hasStringValue() && v.getStringValue().equals("04da6b54-80e4-46f7-96ec-b56ff0331ba9"));
  }

  private static String text(Value v) {
    return v.hasBoolValue() ? String.valueOf(v.getBoolValue()) : v.getStringValue();
  }
}
