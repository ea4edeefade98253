package eu.rampart.check;

/** A warning about a waiver itself: it expired (and no longer applies) or it matched nothing. */
public record WaiverNotice(Kind kind, Waiver waiver, String message) {
  public enum Kind { EXPIRED, UNUSED }
}
