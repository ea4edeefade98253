package eu.rampart.plan.input;

/** Markers Pulumi uses inside property values (see Pulumi's {@code resource/properties.go}). */
public final class PulumiValues {
  private PulumiValues() {}

  public static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
  public static final String SIG_SECRET = "1b47061264138c4ac30d75fd1eb44270";
  public static final String SIG_ASSET = "c44067f5952c0a294b673a41bacd8c17";
  public static final String SIG_ARCHIVE = "0def7320c3a5731c473e5ecbe6d01bc7";
  public static final String SIG_RESOURCE_REF = "5cf8f73096256a8f31e491e813e4eb8e";
  public static final String SIG_OUTPUT = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
  public static final String UNKNOWN_GUID = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  /** What policies and reports see in place of a secret. */
  public static final String SECRET = "[secret]";
  /** What policies see in place of a value that is not known until apply. */
  public static final String UNKNOWN = "[unknown]";
}
