package eu.rampart.analyzer;

import java.util.Map;

/** What the engine told the plugin about the stack (ConfigureStack), with the environment chosen for it. */
record StackInfo(String project, String stack, String environment, Map<String, String> config, boolean dryRun) {
  static StackInfo unknown(String environment) {
    return new StackInfo("", "", environment, Map.of(), true);
  }
}
