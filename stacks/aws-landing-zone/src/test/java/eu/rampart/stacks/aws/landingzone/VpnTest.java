package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VPN-1/2: the Client VPN endpoint is the way in, logged, into the management subnets. */
class VpnTest {
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void clientVpnWithAuthenticationSplitTunnelAndLogging(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> endpoints = plan.ofType("aws:ec2clientvpn/endpoint:Endpoint");
    assertEquals(1, endpoints.size());
    Map<String, Object> e = endpoints.get(0);
    Map<String, Object> in = Plan.inputs(e);
    Set<Object> management = plan.subnetTiers().entrySet().stream().filter(x -> x.getValue().equals("management"))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    Set<Object> associated = plan.ofType("aws:ec2clientvpn/networkAssociation:NetworkAssociation").stream()
        .filter(a -> e.get("id").equals(Plan.inputs(a).get("clientVpnEndpointId")))
        .map(a -> Plan.inputs(a).get("subnetId")).collect(Collectors.toSet());
    assertAll(() -> assertEquals(plan.setting("vpn.clientCidr"), in.get("clientCidrBlock"), Plan.urn(e)),
        () -> assertEquals(true, in.get("splitTunnel"), Plan.urn(e)),
        () -> assertEquals("certificate-authentication", Plan.at(in, "authenticationOptions", 0, "type"), Plan.urn(e)),
        () -> assertEquals(true, Plan.at(in, "connectionLogOptions", "enabled"), Plan.urn(e)),
        () -> {
          Map<String, Object> logs = plan.byOutput("aws:cloudwatch/logGroup:LogGroup", "name",
              Plan.at(in, "connectionLogOptions", "cloudwatchLogGroup")).orElseThrow(() -> new AssertionError(Plan.urn(e) + " log group"));
          assertTrue(plan.byOutput("aws:kms/key:Key", "arn", Plan.inputs(logs).get("kmsKeyId")).isPresent(),
              Plan.urn(logs) + " is not encrypted with a key of this stack: " + Plan.inputs(logs).get("kmsKeyId"));
          assertTrue(Plan.number(Plan.inputs(logs).get("retentionInDays")) >= 365, Plan.urn(logs) + " retention");
        },
        () -> assertEquals(management, associated, Plan.urn(e) + " associations"),
        () -> assertTrue(plan.ofType("aws:ec2clientvpn/authorizationRule:AuthorizationRule").stream()
            .anyMatch(r -> plan.setting("aws.vpcCidr").equals(Plan.inputs(r).get("targetNetworkCidr"))), "authorization rule"));
  }
}
