package eu.rampart.stacks.common;

/** The network tiers of control NET-1, in address order; both clouds carve their networks by them. */
public enum Tier {
  /** Load balancers and gateways only: the one tier reachable from the internet (80/443). */
  PUBLIC("public"),
  /** Application servers: reachable from the public tier and administrators; outbound only through NAT. */
  APP("app"),
  /** Databases, data stores and private endpoints: no route to or from the internet. */
  DATA("data"),
  /** Administration: reachable only from the VPN client range. */
  MANAGEMENT("management");

  private final String label;

  Tier(String label) { this.label = label; }

  public String label() { return label; }
}
