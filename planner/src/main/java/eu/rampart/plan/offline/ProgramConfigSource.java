package eu.rampart.plan.offline;

import java.nio.file.Path;
import java.util.Map;

/** Resolves the stack config a program is planned with. */
@FunctionalInterface
public interface ProgramConfigSource {
  ProgramConfig resolve(Path projectDir, String project, String stack, Map<String, String> overrides) throws OfflinePlanException;
}
