package eu.rampart.check;

/** The policy pack could not be loaded or evaluated, or returned malformed findings: exit code 3. */
public class PolicyEvaluationException extends Exception {
  public PolicyEvaluationException(String message) { super(message); }

  public PolicyEvaluationException(String message, Throwable cause) { super(message, cause); }
}
