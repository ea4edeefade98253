package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NET-1 to NET-6: tiers, routes, security groups, NACLs, default deny, flow logs. */
class NetworkTest {
  private static final Set<String> INTERNET = Set.of("0.0.0.0/0", "::/0");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void fourTiersInEveryZone(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> subnets = plan.ofType("aws:ec2/subnet:Subnet");
    Set<Object> zones = subnets.stream().map(s -> Plan.inputs(s).get("availabilityZone")).collect(Collectors.toSet());
    Map<String, Long> perTier = subnets.stream().collect(Collectors.groupingBy(s -> (String) Plan.at(Plan.inputs(s), "tags", "tier"),
        Collectors.counting()));
    assertAll(() -> assertTrue(subnets.size() >= 8, "subnets: " + subnets.size()),
        () -> assertTrue(zones.size() >= 2, "zones: " + zones),
        () -> assertEquals(Set.of("public", "app", "data", "management"), perTier.keySet()),
        () -> perTier.forEach((tier, n) -> assertEquals(zones.size(), n.intValue(), tier + " subnets")),
        () -> assertTrue(subnets.stream().noneMatch(s -> Boolean.TRUE.equals(Plan.inputs(s).get("mapPublicIpOnLaunch"))),
            "a subnet hands out public IPs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void onlyThePublicTierRoutesToTheInternetGatewayAndDataNotOutAtAll(String env) {
    Plan plan = Plan.of(env);
    Map<Object, String> tiers = plan.subnetTiers();
    Map<Object, Set<String>> tableTiers = new HashMap<>();
    for (Map<String, Object> a : plan.ofType("aws:ec2/routeTableAssociation:RouteTableAssociation")) {
      tableTiers.computeIfAbsent(Plan.inputs(a).get("routeTableId"), k -> new HashSet<>()).add(tiers.get(Plan.inputs(a).get("subnetId")));
    }
    assertEquals(tiers.keySet(), plan.ofType("aws:ec2/routeTableAssociation:RouteTableAssociation").stream()
        .map(a -> Plan.inputs(a).get("subnetId")).collect(Collectors.toSet()), "every subnet has a route table");
    assertAll(plan.ofType("aws:ec2/routeTable:RouteTable").stream().map(t -> (Executable) () -> {
      Set<String> served = tableTiers.getOrDefault(t.get("id"), Set.of());
      assertEquals(1, served.size(), Plan.urn(t) + " serves tiers " + served);
      String tier = served.iterator().next();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> routes = (List<Map<String, Object>>) Plan.inputs(t).getOrDefault("routes", List.of());
      for (Map<String, Object> route : routes) {
        boolean internet = INTERNET.contains(route.get("cidrBlock")) || INTERNET.contains(route.get("ipv6CidrBlock"));
        String gateway = String.valueOf(route.get("gatewayId"));
        switch (tier) {
          case "public" -> assertTrue(gateway.startsWith("igw-"), Plan.urn(t) + " public route not via the IGW: " + route);
          case "app" -> {
            assertFalse(gateway.startsWith("igw-"), Plan.urn(t) + " app tier routes to the IGW: " + route);
            assertTrue(String.valueOf(route.get("natGatewayId")).startsWith("nat-"), Plan.urn(t) + " app egress not via NAT: " + route);
          }
          default -> assertFalse(internet, Plan.urn(t) + " " + tier + " tier has a route out: " + route);
        }
      }
      if (tier.equals("data") || tier.equals("management")) assertTrue(routes.isEmpty(), Plan.urn(t) + " routes: " + routes);
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void internetReachesOnly80And443OnTheLoadBalancerGroup(String env) {
    Plan plan = Plan.of(env);
    Map<String, Object> lb = plan.ofType("aws:lb/loadBalancer:LoadBalancer").get(0);
    @SuppressWarnings("unchecked")
    List<Object> lbGroups = (List<Object>) Plan.inputs(lb).get("securityGroups");
    List<Map<String, Object>> groups = plan.ofType("aws:ec2/securityGroup:SecurityGroup");
    assertTrue(groups.size() >= 4);
    // the check below must have something to check: the load balancer is open to the internet
    assertTrue(groups.stream().anyMatch(g -> lbGroups.contains(g.get("id"))
        && String.valueOf(Plan.inputs(g).get("ingress")).contains("0.0.0.0/0")), "no internet-facing rule found at all");
    assertAll(groups.stream().map(g -> (Executable) () -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ingress = (List<Map<String, Object>>) Plan.inputs(g).getOrDefault("ingress", List.of());
      for (Map<String, Object> rule : ingress) {
        @SuppressWarnings("unchecked")
        List<Object> cidrs = (List<Object>) rule.getOrDefault("cidrBlocks", List.of());
        @SuppressWarnings("unchecked")
        List<Object> v6 = (List<Object>) rule.getOrDefault("ipv6CidrBlocks", List.of());
        if (cidrs.stream().anyMatch(INTERNET::contains) || v6.stream().anyMatch(INTERNET::contains)) {
          assertTrue(lbGroups.contains(g.get("id")), Plan.urn(g) + " is open to the internet but is not the load balancer's");
          assertEquals("tcp", rule.get("protocol"), Plan.urn(g) + " " + rule);
          double from = Plan.number(rule.get("fromPort"));
          double to = Plan.number(rule.get("toPort"));
          assertTrue(from == to && (from == 80 || from == 443), Plan.urn(g) + " opens " + from + "-" + to + " to the internet");
        }
      }
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void adminAndDataPortsOnlyFromTheVpnOrOtherGroups(String env) {
    Plan plan = Plan.of(env);
    Object vpn = plan.setting("vpn.clientCidr");
    Object vpc = plan.setting("aws.vpcCidr");
    Set<Double> sensitive = Set.of(22.0, 3389.0, 5432.0, 3306.0, 1433.0, 6379.0, 27017.0, 9200.0);
    assertAll(plan.ofType("aws:ec2/securityGroup:SecurityGroup").stream().map(g -> (Executable) () -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ingress = (List<Map<String, Object>>) Plan.inputs(g).getOrDefault("ingress", List.of());
      for (Map<String, Object> rule : ingress) {
        double from = Plan.number(rule.get("fromPort"));
        double to = Plan.number(rule.get("toPort"));
        boolean touches = sensitive.stream().anyMatch(p -> p >= from && p <= to);
        if (!touches) continue;
        @SuppressWarnings("unchecked")
        List<Object> cidrs = (List<Object>) rule.getOrDefault("cidrBlocks", List.of());
        assertTrue(cidrs.stream().allMatch(c -> c.equals(vpn) || c.equals(vpc)),
            Plan.urn(g) + " admits " + from + "-" + to + " from " + cidrs);
      }
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void defaultGroupDeniesEverythingAndEverySubnetHasANacl(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> defaults = plan.ofType("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");
    assertEquals(plan.ofType("aws:ec2/vpc:Vpc").size(), defaults.size(), "one emptied default group per VPC");
    Set<Object> covered = new HashSet<>();
    for (Map<String, Object> acl : plan.ofType("aws:ec2/networkAcl:NetworkAcl")) {
      covered.addAll((List<?>) Plan.inputs(acl).get("subnetIds"));
    }
    assertAll(() -> defaults.forEach(d -> {
          assertEquals(List.of(), Plan.inputs(d).get("ingress"), Plan.urn(d) + " ingress");
          assertEquals(List.of(), Plan.inputs(d).get("egress"), Plan.urn(d) + " egress");
        }),
        () -> assertEquals(plan.subnetTiers().keySet(), covered, "subnets without a NACL"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void flowLogsOfEveryVpcGoToTheLogArchive(String env) {
    Plan plan = Plan.of(env);
    Map<String, Object> trail = plan.ofType("aws:cloudtrail/trail:Trail").get(0);
    Object archiveBucket = Plan.inputs(trail).get("s3BucketName");
    assertAll(plan.ofType("aws:ec2/vpc:Vpc").stream().map(vpc -> (Executable) () -> {
      List<Map<String, Object>> logs = plan.ofType("aws:ec2/flowLog:FlowLog").stream()
          .filter(f -> vpc.get("id").equals(Plan.inputs(f).get("vpcId"))).toList();
      assertEquals(1, logs.size(), Plan.urn(vpc) + " flow logs");
      Map<String, Object> in = Plan.inputs(logs.get(0));
      assertEquals("ALL", in.get("trafficType"), Plan.urn(logs.get(0)));
      assertEquals("arn:aws:s3:::" + archiveBucket, in.get("logDestination"), Plan.urn(logs.get(0)) + " destination");
    }));
  }
}
