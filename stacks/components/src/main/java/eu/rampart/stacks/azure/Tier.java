package eu.rampart.stacks.azure;

/** Network tiers of the segmented network (NET-1), in address order. */
public enum Tier {
  /** Load balancers and gateways only; the one tier reachable from the internet (80/443). */
  PUBLIC("public"),
  /** Application servers; reachable from the public tier and administrators. */
  APP("app"),
  /** Databases and private endpoints; no internet route. */
  DATA("data"),
  /** Administration hosts; reachable only from the VPN client range. */
  MANAGEMENT("management");

  private final String label;

  Tier(String label) { this.label = label; }

  public String label() { return label; }
}
