package eu.rampart.plan.engine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic, realistic-looking identifiers derived from a resource's type and name. */
public final class MockIds {
  private MockIds() {}

  public static String uuid(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** 17 hex digits, the length of most EC2 ids ({@code vpc-0a1b2c...}). */
  public static String hex17(String... parts) {
    return uuid(parts).replace("-", "").substring(0, 17);
  }

  public static String shortHash(String... parts) {
    return uuid(parts).substring(0, 7);
  }
}
