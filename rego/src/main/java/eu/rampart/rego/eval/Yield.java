package eu.rampart.rego.eval;

/** A helper of a parallel query gives up its current document: the query is done, or waiting would deadlock. */
final class Yield extends RuntimeException {
  Yield() { super(null, null, false, false); }
}
