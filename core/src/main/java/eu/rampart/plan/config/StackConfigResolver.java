package eu.rampart.plan.config;

/** Resolves a stack's config the way the Pulumi CLI does before it starts the program. */
public final class StackConfigResolver {
  private StackConfigResolver() {}

  public static StackConfig resolve(ConfigRequest r) throws ConfigException {
    throw new UnsupportedOperationException("not implemented yet (plan-config in progress)");
  }
}
