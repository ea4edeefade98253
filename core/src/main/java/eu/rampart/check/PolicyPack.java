package eu.rampart.check;

import eu.rampart.rego.value.Value;
import java.util.List;

/** A loaded policy pack: its control catalogue and {@code data.rampart.findings} for an input. */
public interface PolicyPack {
  List<Control> controls();

  /** The value of {@code data.rampart.findings}, or null when undefined. */
  Value evaluateFindings(Value input) throws PolicyEvaluationException;
}
