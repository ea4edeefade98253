package eu.rampart.check;

/** Something that could not be checked. Never a pass: input errors exit 2, evaluation errors 3. */
public record CheckError(Kind kind, String source, String message) {
  public enum Kind { INPUT, EVALUATION }

  public static CheckError input(String source, String message) { return new CheckError(Kind.INPUT, source, message); }

  public static CheckError evaluation(String source, String message) { return new CheckError(Kind.EVALUATION, source, message); }

  /** One line: "source: message". */
  public String oneLine() {
    String m = message.replace('\n', ' ').replace('\r', ' ');
    return source == null || source.isEmpty() ? m : source + ": " + m;
  }
}
