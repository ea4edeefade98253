package eu.rampart.rego.api;

import java.util.List;
import java.util.stream.Collectors;

/** Parse or compile errors, all of them, each with code and location. */
public class RegoException extends RuntimeException {
  private final List<RegoError> errors;

  public RegoException(List<RegoError> errors) {
    super(render(errors), null, false, false);
    this.errors = List.copyOf(errors);
  }

  public RegoException(RegoError error) { this(List.of(error)); }

  public List<RegoError> errors() { return errors; }

  private static String render(List<RegoError> errors) {
    if (errors.size() == 1) return errors.get(0).toString();
    return errors.size() + " errors occurred:\n"
        + errors.stream().map(RegoError::toString).collect(Collectors.joining("\n"));
  }
}
