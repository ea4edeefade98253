package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Tier;
import com.pulumi.azurenative.network.inputs.SecurityRuleArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security rules of each tier's network security group. Inbound rules allow only the traffic
 * a tier needs and end in an explicit deny-all at priority 4096: Azure's built-in
 * AllowVnetInBound (65000) would otherwise let every subnet reach every other one and undo the
 * segmentation (NET-5). From the internet only 80/443 to the public tier is opened (NET-3);
 * administrative ports only from the VPN client range and the management tier (NET-4).
 */
final class TierRules {
  static final int DENY_ALL_PRIORITY = 4096;
  static final List<String> ADMIN_PORTS = List.of("22", "3389");
  static final List<String> DATA_PORTS = List.of("5432", "1433", "3306", "6379");

  private TierRules() {}

  static List<SecurityRuleArgs> forTier(Tier tier, Map<Tier, List<String>> prefixes, String vpnClientCidr) {
    List<String> own = prefixes.get(tier);
    List<SecurityRuleArgs> rules = new ArrayList<>();
    switch (tier) {
      case PUBLIC -> {
        rules.add(allow("AllowHttpsFromInternet", 100, List.of("Internet"), own, List.of("443")));
        // port 80 is only for the load balancer's redirect to 443 (ENC-3)
        rules.add(allow("AllowHttpFromInternet", 110, List.of("Internet"), own, List.of("80")));
        rules.add(allow("AllowAzureLoadBalancerProbes", 300, List.of("AzureLoadBalancer"), own, List.of("*")));
      }
      case APP -> {
        rules.add(allow("AllowHttpsFromPublicTier", 100, prefixes.get(Tier.PUBLIC), own, List.of("443", "8443")));
        rules.add(allow("AllowAdminFromVpn", 200, List.of(vpnClientCidr), own, ADMIN_PORTS));
        rules.add(allow("AllowAdminFromManagement", 210, prefixes.get(Tier.MANAGEMENT), own, ADMIN_PORTS));
        rules.add(allow("AllowAzureLoadBalancerProbes", 300, List.of("AzureLoadBalancer"), own, List.of("*")));
      }
      case DATA -> {
        rules.add(allow("AllowDataPortsFromAppTier", 100, prefixes.get(Tier.APP), own, DATA_PORTS));
        rules.add(allow("AllowPrivateEndpointsFromAppTier", 110, prefixes.get(Tier.APP), own, List.of("443")));
        // 443 reaches the private endpoints of the key vault and the storage accounts
        rules.add(allow("AllowAdminFromVpn", 200, List.of(vpnClientCidr), own, concat(concat(ADMIN_PORTS, DATA_PORTS), List.of("443"))));
        rules.add(allow("AllowAdminFromManagement", 210, prefixes.get(Tier.MANAGEMENT), own, concat(ADMIN_PORTS, DATA_PORTS)));
      }
      case MANAGEMENT -> rules.add(allow("AllowAdminFromVpn", 200, List.of(vpnClientCidr), own, ADMIN_PORTS));
    }
    rules.add(SecurityRuleArgs.builder()
        .name("DenyAllInbound").priority(DENY_ALL_PRIORITY).direction("Inbound").access("Deny").protocol("*")
        .sourceAddressPrefix("*").sourcePortRange("*").destinationAddressPrefix("*").destinationPortRange("*")
        .description("explicit default deny; nothing not allowed above reaches this tier")
        .build());
    if (tier == Tier.DATA) {
      // the data tier has no route to the internet (NET-1)
      rules.add(SecurityRuleArgs.builder()
          .name("DenyInternetOutbound").priority(4000).direction("Outbound").access("Deny").protocol("*")
          .sourceAddressPrefix("*").sourcePortRange("*").destinationAddressPrefix("Internet").destinationPortRange("*")
          .build());
    }
    return rules;
  }

  private static SecurityRuleArgs allow(String name, int priority, List<String> sources, List<String> destinations,
      List<String> ports) {
    SecurityRuleArgs.Builder b = SecurityRuleArgs.builder()
        .name(name).priority(priority).direction("Inbound").access("Allow").protocol("Tcp").sourcePortRange("*");
    if (sources.size() == 1) b.sourceAddressPrefix(sources.get(0)); else b.sourceAddressPrefixes(sources);
    if (destinations.size() == 1) b.destinationAddressPrefix(destinations.get(0)); else b.destinationAddressPrefixes(destinations);
    if (ports.size() == 1) b.destinationPortRange(ports.get(0)); else b.destinationPortRanges(ports);
    return b.build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
