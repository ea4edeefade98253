package eu.rampart.plan.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure explained for a person: which kind, the message, and the missing key when there is one.
 * Missing settings are recognised by class name so that programs need no dependency on the planner.
 */
record Failure(String kind, String message, String key, int exitCode) {
  static final int BAD_INPUT = 2;
  static final int PROGRAM_FAILED = 3;

  static Failure of(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String cls = c.getClass().getName();
      if (cls.endsWith(".MissingSettingException")) {
        return new Failure("missing-setting", c.getMessage(), keyOf(c), BAD_INPUT);
      }
      if (cls.endsWith(".InvalidSettingException")) {
        return new Failure("invalid-setting", c.getMessage(), keyOf(c), BAD_INPUT);
      }
      if (cls.equals("com.pulumi.Config$ConfigMissingException")) {
        return new Failure("missing-config", c.getMessage(), quoted(c.getMessage()), BAD_INPUT);
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String where = "";
    for (StackTraceElement e : root.getStackTrace()) {
      if (!e.getClassName().startsWith("com.pulumi.") && !e.getClassName().startsWith("java.")
          && !e.getClassName().startsWith("jdk.") && !e.getClassName().startsWith("eu.rampart.plan.mock.")) {
        where = " (at " + e + ")";
        break;
      }
    }
    String msg = root.getMessage() == null ? root.getClass().getName() : root.getClass().getSimpleName() + ": " + root.getMessage();
    return new Failure("program-error", "the program failed: " + msg + where, null, PROGRAM_FAILED);
  }

  private static String keyOf(Throwable c) {
    try {
      return String.valueOf(c.getClass().getMethod("key").invoke(c));
    } catch (ReflectiveOperationException e) {
      return quoted(c.getMessage());
    }
  }

  private static String quoted(String message) {
    if (message == null) return null;
    int a = message.indexOf('\'');
    int b = a < 0 ? -1 : message.indexOf('\'', a + 1);
    return b > a ? message.substring(a + 1, b) : null;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("message", message);
    m.put("key", key);
    return m;
  }
}
