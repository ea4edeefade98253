package eu.rampart.plan.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of data-source functions during a plan. A real preview calls the provider, which asks
 * the cloud; the planner answers what it can know from the stack's config (region, partition,
 * zones, the placeholder account and subscription) in the shape of the provider schema, and answers
 * unknown for everything else, never the arguments echoed back.
 */
final class Invokes {
  static final String TENANT = "00000000-0000-0000-0000-00000000beef";
  static final String CLIENT = "00000000-0000-0000-0000-00000000c1e7";
  static final String OBJECT = "00000000-0000-0000-0000-0000000000b1";

  private Invokes() {}

  /**
   * The answer, or null when the function's result cannot be known before apply (which image
   * {@code getAmi} matches, a VPC's id, an account's keys: the cloud's answers); the monitor then
   * answers unknown, or a placeholder of the function's shape to the plain form ({@link InvokeForm}).
   */
  static Struct answer(String token, Struct args, String awsRegion) {
    Map<String, Object> r = new LinkedHashMap<>();
    switch (token) {
      case "aws:index/getCallerIdentity:getCallerIdentity" -> {
        r.put("accountId", AwsIdentity.ACCOUNT);
        r.put("arn", "arn:aws:iam::" + AwsIdentity.ACCOUNT + ":user/rampart-planner");
        r.put("userId", "AIDARAMPARTPLANNER0001");
        r.put("id", AwsIdentity.ACCOUNT);
      }
      case "aws:index/getRegion:getRegion" -> {
        String name = stringArg(args, "name", stringArg(args, "region", awsRegion));
        r.put("name", name);
        r.put("region", name);
        r.put("id", name);
        r.put("endpoint", "ec2." + name + ".amazonaws.com");
        r.put("description", Regions.awsDescription(name));
      }
      case "aws:index/getPartition:getPartition" -> {
        r.put("partition", "aws");
        r.put("dnsSuffix", "amazonaws.com");
        r.put("reverseDnsPrefix", "com.amazonaws");
        r.put("id", "aws");
      }
      case "aws:index/getAvailabilityZones:getAvailabilityZones" -> {
        String code = Regions.awsZoneCode(awsRegion);
        r.put("names", List.of(awsRegion + "a", awsRegion + "b", awsRegion + "c"));
        r.put("zoneIds", List.of(code + "-az1", code + "-az2", code + "-az3"));
        r.put("groupNames", List.of(awsRegion));
        r.put("id", awsRegion);
      }
      case "aws:iam/getPolicyDocument:getPolicyDocument" -> {
        Map<String, Object> doc = PolicyDocuments.render(args);
        if (doc == null) return null;
        r.putAll(doc);
      }
      case "azure-native:authorization:getClientConfig" -> {
        r.put("clientId", CLIENT);
        r.put("objectId", OBJECT);
        r.put("subscriptionId", AzureIdentity.SUBSCRIPTION);
        r.put("tenantId", TENANT);
      }
      case "azure-native:resources:getClientConfig" -> {
        r.put("subscriptionId", AzureIdentity.SUBSCRIPTION);
        r.put("tenantId", TENANT);
      }
      default -> {
        return null;
      }
    }
    Struct.Builder s = Struct.newBuilder();
    r.forEach((k, v) -> s.putFields(k, Wire.of(v)));
    return s.build();
  }

  static Struct unknownFields(String... names) {
    Struct.Builder s = Struct.newBuilder();
    for (String n : names) s.putFields(n, Wire.UNKNOWN_VALUE);
    return s.build();
  }

  private static String stringArg(Struct args, String key, String fallback) {
    Value v = args.getFieldsMap().get(key);
    return v != null && v.getKindCase() == Value.KindCase.STRING_VALUE && !v.getStringValue().isEmpty()
        && !Wire.isUnknown(v) ? v.getStringValue() : fallback;
  }
}
