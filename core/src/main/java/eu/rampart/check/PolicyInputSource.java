package eu.rampart.check;

import eu.rampart.rego.value.ObjectValue;

/** One thing to check (a file or a planned stack), loaded lazily into the policy input shape. */
public interface PolicyInputSource {
  /** Name shown in reports: the file path as given, or the stack directory. */
  String name();

  /** The policy input without {@code environment} (the checker adds it). */
  ObjectValue load() throws CheckInputException, PolicyEvaluationException;
}
