package eu.rampart.rego.eval;

/** Unwinds the search once a solution was found where only existence matters (not, every). */
final class Halt extends RuntimeException {
  Halt() { super(null, null, false, false); }
}
