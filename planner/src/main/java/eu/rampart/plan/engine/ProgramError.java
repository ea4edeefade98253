package eu.rampart.plan.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed program explained in one line: the program's own message and the top frame in the
 * user's code, read from the stack trace text the SDK logs to the engine
 * ({@code DeploymentImpl.DefaultRunner} logs an unhandled exception with its trace).
 */
record ProgramError(String kind, String message, String key) {
  private static final Pattern MISSING_CONFIG = Pattern.compile("Missing required configuration variable '([^']+)'");
  private static final Pattern EXCEPTION_LINE = Pattern.compile("^(?:Caused by: )?([a-zA-Z_$][\\w$]*(?:\\.[\\w$]+)+(?:Exception|Error|Throwable)[\\w$]*)(?:: (.*))?$");
  private static final Pattern FRAME = Pattern.compile("^\\s*at ([\\w$.]+)\\.([\\w$<>]+)\\(([^)]*)\\)");

  static ProgramError fromLog(String text) {
    Matcher missing = MISSING_CONFIG.matcher(text);
    if (missing.find()) {
      return new ProgramError("missing-config", "missing required configuration value '" + missing.group(1) + "'", missing.group(1));
    }
    String[] lines = text.split("\r?\n");
    // the innermost cause is the program's own exception; wrappers (CompletionException, RunException) come first
    int start = -1;
    String cls = null;
    String msg = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXCEPTION_LINE.matcher(lines[i].trim());
      if (m.matches()) {
        start = i;
        cls = m.group(1);
        msg = m.group(2);
      }
    }
    if (start < 0) return new ProgramError("program-error", "the program failed: " + firstLine(text), null);
    String where = "";
    List<String> frames = new ArrayList<>();
    for (int i = start + 1; i < lines.length; i++) {
      Matcher f = FRAME.matcher(lines[i]);
      if (f.find()) frames.add(lines[i].trim().substring(3));
      else if (lines[i].trim().startsWith("Caused by:")) break;
    }
    for (String f : frames) {
      if (!isLibrary(f)) {
        where = " (at " + f + ")";
        break;
      }
    }
    String simple = cls.substring(cls.lastIndexOf('.') + 1);
    // settings a program validates itself (rampart's components) are input errors, not program failures
    if (simple.equals("MissingSettingException")) return new ProgramError("missing-setting", msg, null);
    if (simple.equals("InvalidSettingException")) return new ProgramError("invalid-setting", msg, null);
    return new ProgramError("program-error", "the program failed: " + simple + (msg == null || msg.isBlank() ? "" : ": " + msg) + where, null);
  }

  static ProgramError fromThrowable(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String where = "";
    for (StackTraceElement e : root.getStackTrace()) {
      if (!isLibrary(e.toString())) {
        where = " (at " + e + ")";
        break;
      }
    }
    String msg = root.getMessage();
    return new ProgramError("program-error", "the program failed: " + root.getClass().getSimpleName()
        + (msg == null ? "" : ": " + msg) + where, null);
  }

  private static boolean isLibrary(String frame) {
    for (String p : new String[] {"java.", "javax.", "jdk.", "sun.", "com.pulumi.", "com.google.", "io.grpc.", "eu.rampart.plan.engine."}) {
      if (frame.startsWith(p)) return true;
    }
    return false;
  }

  private static String firstLine(String text) {
    for (String l : text.split("\r?\n")) if (!l.isBlank()) return l.trim();
    return "(no message)";
  }
}
