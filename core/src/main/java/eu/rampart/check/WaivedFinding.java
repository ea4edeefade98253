package eu.rampart.check;

/** A finding covered by a valid waiver: reported with the waiver's reason, owner and expiry. */
public record WaivedFinding(Finding finding, Waiver waiver) {}
