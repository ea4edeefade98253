package eu.rampart.stacks.aws;

/** The network tiers of control NET-1. */
public enum Tier {
  /** Load balancers and NAT gateways only; the only tier with a route to the internet gateway. */
  PUBLIC("public"),
  /** Application servers; reach the internet only outbound through NAT. */
  APP("app"),
  /** Databases and data stores; no route out of the VPC at all. */
  DATA("data"),
  /** Administration, reached through the Client VPN. */
  MANAGEMENT("management");

  private final String label;

  Tier(String label) { this.label = label; }

  public String label() { return label; }
}
