package eu.rampart.cli.support;

import eu.rampart.check.CheckInputException;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.rego.value.ObjectValue;

/** A source read ahead of evaluation; replays its value or its failure to the checker. */
final class Preloaded implements PolicyInputSource {
  private final String name;
  private final ObjectValue value;
  private final Exception failure;

  private Preloaded(String name, ObjectValue value, Exception failure) {
    this.name = name;
    this.value = value;
    this.failure = failure;
  }

  static Preloaded of(PolicyInputSource s) {
    try {
      return new Preloaded(s.name(), s.load(), null);
    } catch (CheckInputException | PolicyEvaluationException e) {
      return new Preloaded(s.name(), null, e);
    } catch (RuntimeException e) {
      // a reader bug must not pass: report it as an evaluation error
      return new Preloaded(s.name(), null, new PolicyEvaluationException("reading failed: " + e));
    }
  }

  @Override
  public String name() { return name; }

  @Override
  public ObjectValue load() throws CheckInputException, PolicyEvaluationException {
    if (failure instanceof CheckInputException e) throw e;
    if (failure instanceof PolicyEvaluationException e) throw e;
    return value;
  }
}
