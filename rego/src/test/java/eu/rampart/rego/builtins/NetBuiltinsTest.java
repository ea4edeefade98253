package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Values from conformance/opa-v1 netcidr*. */
class NetBuiltinsTest {
  private static final NetBuiltins F = new NetBuiltins();

  private static Value contains(String a, String b) { return call(F, "net.cidr_contains", s(a), s(b)); }

  @Test
  void cidrContains() {
    assertEquals(BooleanValue.FALSE, contains("172.17.0.0/24", "172.17.0.0/16"));
    assertEquals(BooleanValue.FALSE, contains("10.0.0.0/8", "192.168.1.0/24"));
    assertEquals(BooleanValue.TRUE, contains("10.0.0.0/8", "10.1.1.1/32"));
    assertEquals(BooleanValue.TRUE, contains("10.0.0.0/8", "10.1.1.1"));
    assertEquals(BooleanValue.TRUE, contains("2001:4860:4860::8888/32", "2001:4860:4860:1234::8888/40"));
    assertEquals(BooleanValue.TRUE, contains("2001:4860:4860::8888/32", "2001:4860:4860:1234:5678:1234:5678:8888/128"));
    assertEquals(BooleanValue.FALSE, contains("2001:4860::/96", "2001:4860::/32"));
    assertEquals(BooleanValue.FALSE, contains("10.0.0.0/8", "::1"));
    builtinError("invalid CIDR address: not-a-cidr", F, "net.cidr_contains", s("not-a-cidr"), s("192.168.1.67"));
    builtinError("invalid CIDR address: not-a-cidr", F, "net.cidr_contains", s("192.168.1.0/28"), s("not-a-cidr"));
    typeError("operand 1 must be string but got number", F, "net.cidr_contains", n(1), s("10.0.0.1"));
  }

  @Test
  void cidrIntersects() {
    assertEquals(BooleanValue.TRUE, call(F, "net.cidr_intersects", s("192.168.1.0/25"), s("192.168.1.64/25")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_intersects", s("192.168.1.0/24"), s("192.168.2.0/24")));
    assertEquals(BooleanValue.TRUE, call(F, "net.cidr_intersects", s("fd1e:5bfe:8af3:9ddc::/64"), s("fd1e:5bfe:8af3:9ddc:1111::/72")));
    assertThrows(BuiltinError.class, () -> call(F, "net.cidr_intersects", s("not-a-cidr"), s("192.168.1.0/24")));
    assertThrows(BuiltinError.class, () -> call(F, "net.cidr_intersects", s("192.168.1.0/28"), s("not-a-cidr")));
  }

  @Test
  void cidrIsValid() {
    assertEquals(BooleanValue.TRUE, call(F, "net.cidr_is_valid", s("192.168.1.0/24")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("there goes a string")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("192.168.1.2")));
    assertEquals(BooleanValue.TRUE, call(F, "net.cidr_is_valid", s("2002::1234:abcd:ffff:c0a8:101/64")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("192.168.1.1/33")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("2002::/129")));
    assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s("1:2:3:4:5:6:7:8:9/64")));
  }

  @Test
  void cidrExpand() {
    assertEquals(strings("192.168.1.0", "192.168.1.1", "192.168.1.2", "192.168.1.3"), call(F, "net.cidr_expand", s("192.168.1.1/30")));
    assertEquals(strings("172.16.100.252", "172.16.100.253", "172.16.100.254", "172.16.100.255"),
        call(F, "net.cidr_expand", s("172.16.100.255/30")));
    assertEquals(strings("fe80::", "fe80::1"), call(F, "net.cidr_expand", s("fe80::/127")));
    builtinError("invalid CIDR address: 192.168.1.1/33", F, "net.cidr_expand", s("192.168.1.1/33"));
    assertEquals(1 << 20, ((eu.rampart.rego.value.SetValue) call(F, "net.cidr_expand", s("10.0.0.0/12"))).size());
    builtinError("network too large to expand: 2001:db8::/64 has 2^64 addresses, at most 2^20 are expanded", F,
        "net.cidr_expand", s("2001:db8::/64"));
  }

  private static Value merge(Value addrs) { return call(F, "net.cidr_merge", addrs); }

  @Test
  void cidrMerge() {
    assertEquals(strings("2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128"),
        merge(j("[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\",\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"]")));
    assertEquals(strings("2601:600:8a80:207e::/64"),
        merge(j("[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64\",\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"]")));
    builtinError("IPv6 invalid: needs prefix length", F, "net.cidr_merge", j("[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3\"]"));
    assertEquals(strings("192.0.128.0/24"), merge(j("[\"192.0.128.0/24\",\"192.0.128.0/24\"]")));
    assertEquals(strings("0.0.0.0/0"), merge(j("[\"192.0.128.0/24\",\"0.0.0.0/0\"]")));
    assertEquals(strings("192.0.128.0/23"), merge(j("[\"192.0.128.0/24\",\"192.0.129.0/24\"]")));
    assertEquals(strings("192.0.2.112/29"), merge(j("[\"192.0.2.112/30\",\"192.0.2.116/31\",\"192.0.2.118/31\"]")));
    assertEquals(strings("192.0.129.0/24", "192.0.130.0/24"), merge(j("[\"192.0.129.0/24\",\"192.0.130.0/24\"]")));
    assertEquals(strings("192.0.2.112/30", "192.0.2.116/32", "192.0.2.118/31"),
        merge(j("[\"192.0.2.112/30\",\"192.0.2.116/32\",\"192.0.2.118/31\"]")));
    assertEquals(strings("192.0.2.112/31", "192.0.2.116/30"), merge(j("[\"192.0.2.112/31\",\"192.0.2.116/31\",\"192.0.2.118/31\"]")));
    assertEquals(strings("192.0.1.254/31", "192.0.2.0/24", "192.0.3.0/28"), merge(j("[\"192.0.1.254/31\",\"192.0.2.0/28\","
        + "\"192.0.2.16/28\",\"192.0.2.32/28\",\"192.0.2.48/28\",\"192.0.2.64/28\",\"192.0.2.80/28\",\"192.0.2.96/28\","
        + "\"192.0.2.112/28\",\"192.0.2.128/28\",\"192.0.2.144/28\",\"192.0.2.160/28\",\"192.0.2.176/28\",\"192.0.2.192/28\","
        + "\"192.0.2.208/28\",\"192.0.2.224/28\",\"192.0.2.240/28\",\"192.0.3.0/28\"]")));
    assertEquals(strings("::/0"), merge(j("[\"::/0\",\"fe80::1/128\"]")));
    assertEquals(strings("::/0"), merge(j("[\"::/0\",\"::192.0.2.0/124\",\"ff00::101/128\"]")));
    assertEquals(strings("192.0.2.0/23", "192.0.4.0/24", "fe80::/120"),
        merge(j("[\"fe80::/120\",\"192.0.2.0/24\",\"192.0.3.0/24\",\"192.0.4.0/25\",\"192.0.4.128/25\"]")));
    assertEquals(set(), merge(j("[]")));
    assertEquals(strings("192.0.2.0/24"), merge(j("[\"192.0.2.112\",\"192.0.2.116/31\",\"192.0.2.118/31\"]")));
    assertEquals(strings("192.0.128.0/23"), merge(j("[\"192.0.128.0\",\"192.0.129.0\"]")));
    assertEquals(strings("192.0.2.112/29"), merge(strings("192.0.2.112/30", "192.0.2.116/31", "192.0.2.118/31")));
    builtinError("invalid CIDR address: foo", F, "net.cidr_merge", j("[\"foo\"]"));
  }

  @Test
  void cidrContainsMatches() {
    assertEquals(set(j("[\"1.1.1.0/24\",\"1.1.1.1\"]")), call(F, "net.cidr_contains_matches", s("1.1.1.0/24"), s("1.1.1.1")));
    assertEquals(set(j("[0,1]"), j("[1,0]")),
        call(F, "net.cidr_contains_matches", j("[\"1.1.2.0/24\",\"1.1.1.0/24\"]"), j("[\"1.1.1.1\",\"1.1.2.1\"]")));
    assertEquals(set(j("[0,1]"), j("[1,0]")),
        call(F, "net.cidr_contains_matches", j("[[\"1.1.2.0/24\",1],\"1.1.1.0/24\"]"), j("[\"1.1.1.1\",\"1.1.2.1\"]")));
    assertEquals(set(j("[\"1.1.1.0/24\",\"1.1.1.1\"]"), j("[\"1.1.2.0/24\",\"1.1.2.1\"]")),
        call(F, "net.cidr_contains_matches", strings("1.1.1.0/24", "1.1.2.0/24"), strings("1.1.1.1", "1.1.2.1")));
    assertEquals(set(j("[\"k1\",\"1.1.1.128\"]"), j("[\"k2\",\"1.1.1.128\"]")),
        call(F, "net.cidr_contains_matches", j("{\"k1\":\"1.1.1.1/24\",\"k2\":[\"1.1.1.2/24\",1]}"), s("1.1.1.128")));
    builtinError("operand 2: element must be string or non-empty array", F, "net.cidr_contains_matches",
        j("[\"1.1.2.0/24\",\"1.1.1.0/24\"]"), j("[\"1.1.1.1\",1]"));
    builtinError("operand 2: element must be string or non-empty array", F, "net.cidr_contains_matches",
        set(j("[\"1.1.1.0/24\",\"bar\"]"), j("[\"1.1.2.0/24\",\"foo\"]")), set(j("[]"), j("[\"1.1.2.1\",\"qux\"]")));
  }

  @Test
  void lookupIpAddr() {
    assertEquals(strings("10.0.0.0"), call(F, "net.lookup_ip_addr", s("10.0.0.0")));
    assertEquals(strings("::"), call(F, "net.lookup_ip_addr", s("::")));
    Value localhost = call(F, "net.lookup_ip_addr", s("localhost"));
    org.junit.jupiter.api.Assertions.assertTrue(java.util.List.of(strings("127.0.0.1"), strings("127.0.0.1", "::1"), strings("::1"))
        .contains(localhost), "localhost resolved to " + localhost);
  }

  @Test
  void goAddressSyntax() {
    for (String ok : new String[] {"1:2:3:4:5:6:7:8/128", "1:2:3:4:5:6:7::/64", "::/0", "::ffff:1.2.3.4/120",
        "1:2:3:4:5:6:1.2.3.4/96", "fe80::1/10", "0.0.0.0/0", "255.255.255.255/32"}) {
      assertEquals(BooleanValue.TRUE, call(F, "net.cidr_is_valid", s(ok)), ok);
    }
    for (String bad : new String[] {"1::2::3/64", "1:2:3:4:5:6:7:8::/64", ":1::/64", "1:2:3:4:5:6:7:8:9/64", "12345::/64",
        "fe80::1%eth0/64", "01.2.3.4/8", "1.2.3/8", "256.1.1.1/8", "1.2.3.4/-1", "1.2.3.4/ 8", "::1.2.3/96"}) {
      assertEquals(BooleanValue.FALSE, call(F, "net.cidr_is_valid", s(bad)), bad);
    }
  }

  @Test
  void goAddressFormatting() {
    // Go prints the first longest run of zero groups as "::", never a single zero group
    assertEquals(strings("2001:db8::1:0:0:1"), call(F, "net.cidr_expand", s("2001:db8:0:0:1:0:0:1/128")));
    assertEquals(strings("2001:db8:0:1:1:1:1:1"), call(F, "net.cidr_expand", s("2001:db8:0:1:1:1:1:1/128")));
    assertEquals(strings("::1"), call(F, "net.cidr_expand", s("::1/128")));
    assertEquals(strings("1.2.3.4"), call(F, "net.cidr_expand", s("::ffff:1.2.3.4/128")));
    assertEquals(BooleanValue.TRUE, contains("10.0.0.0/8", "::ffff:10.1.2.3"));
  }

  /** Formatting and parsing agree with each other and with the JDK's literal parser on random addresses. */
  @Test
  void ipv6FormatParseRoundTrip() throws Exception {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(42);
    for (int k = 0; k < 5000; k++) {
      byte[] ip = new byte[16];
      for (int b = 0; b < 16; b += 2) {
        // zero groups often, so that "::" runs of every length and position occur
        if (rnd.nextInt(3) != 0) {
          ip[b] = (byte) rnd.nextInt(256);
          ip[b + 1] = (byte) rnd.nextInt(256);
        }
      }
      byte[] expected = IpNet.to4(ip);
      String text = IpNet.format(ip);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, IpNet.parseIp(text), text);
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, IpNet.to4(java.net.InetAddress.getByName(text).getAddress()), text);
    }
  }

  private static java.util.Set<Value> expandAll(Iterable<Value> cidrs) {
    java.util.Set<Value> out = new java.util.HashSet<>();
    for (Value c : cidrs) out.addAll(((eu.rampart.rego.value.SetValue) call(F, "net.cidr_expand", c)).elements());
    return out;
  }

  /** cidr_merge covers exactly the addresses of its input, with no overlap, and merging again changes nothing. */
  @Test
  void cidrMergeCoversExactlyItsInput() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    for (int k = 0; k < 200; k++) {
      java.util.List<Value> in = new java.util.ArrayList<>();
      int n = 1 + rnd.nextInt(12);
      for (int i = 0; i < n; i++) {
        int prefix = 24 + rnd.nextInt(9);
        in.add(s("10.0." + rnd.nextInt(16) + "." + rnd.nextInt(256) + "/" + prefix));
      }
      eu.rampart.rego.value.SetValue merged = (eu.rampart.rego.value.SetValue) call(F, "net.cidr_merge", eu.rampart.rego.value.ArrayValue.of(in));
      java.util.Set<Value> covered = expandAll(merged.elements());
      assertEquals(expandAll(in), covered, "merge of " + in);
      int total = 0;
      for (Value c : merged.elements()) total += ((eu.rampart.rego.value.SetValue) call(F, "net.cidr_expand", c)).size();
      assertEquals(covered.size(), total, "merged blocks overlap: " + merged);
      assertEquals(merged, call(F, "net.cidr_merge", merged), "merging again changes " + merged);
    }
  }
}
