package eu.rampart.plan.mock;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic, realistic-looking identifiers derived from a resource's type and name. */
final class MockIds {
  private MockIds() {}

  static String uuid(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** 17 hex digits, the length of most EC2 ids ({@code vpc-0a1b2c...}). */
  static String hex17(String... parts) {
    return uuid(parts).replace("-", "").substring(0, 17);
  }

  static String shortHash(String... parts) {
    return uuid(parts).substring(0, 7);
  }
}
