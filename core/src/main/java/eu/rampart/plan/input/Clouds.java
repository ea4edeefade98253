package eu.rampart.plan.input;

/** Which cloud a resource type belongs to, from its package name. */
public final class Clouds {
  private Clouds() {}

  public static String cloudOf(String type) {
    String pkg = packageOf(type);
    if (pkg.equals("aws") || pkg.startsWith("aws-") || pkg.equals("awsx") || pkg.equals("eks")) return "aws";
    if (pkg.startsWith("azure")) return "azure";
    return "other";
  }

  /** {@code aws} for {@code aws:s3/bucket:Bucket} and for {@code pulumi:providers:aws}. */
  public static String packageOf(String type) {
    if (type == null) return "";
    if (type.startsWith("pulumi:providers:")) return type.substring("pulumi:providers:".length());
    int colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(0, colon);
  }
}
