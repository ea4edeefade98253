package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** net.cidr_* (IPv4 and IPv6 network arithmetic with Go's parsing rules and OPA's messages) and net.lookup_ip_addr. */
public final class NetBuiltins implements BuiltinFamily {
  /** string, array, set or object: checked in the body so the message keeps OPA's order of kinds. */
  /** Largest network net.cidr_expand enumerates: 2^20 addresses (an IPv4 /12). */
  private static final int MAX_EXPAND_BITS = 20;

  private static final Type CIDR_OPERAND = Type.ANY;

  @Override
  public void register(BuiltinRegistry r) {
    r.register("net.cidr_contains", List.of(Type.STRING, Type.STRING), Type.BOOLEAN, (c, a) -> contains(a));
    r.register("net.cidr_intersects", List.of(Type.STRING, Type.STRING), Type.BOOLEAN, (c, a) -> intersects(a));
    r.register("net.cidr_expand", List.of(Type.STRING), Type.SET, NetBuiltins::expand);
    r.register("net.cidr_is_valid", List.of(Type.STRING), Type.BOOLEAN,
        (c, a) -> BooleanValue.of(IpNet.parseCidr(Args.string(a, 0)) != null));
    r.register("net.cidr_merge", List.of(Type.of(Type.Kind.ARRAY, Type.Kind.SET)), Type.SET, (c, a) -> merge(a));
    r.register("net.cidr_contains_matches", List.of(CIDR_OPERAND, CIDR_OPERAND), Type.SET, NetBuiltins::containsMatches);
    r.registerNondeterministic("net.lookup_ip_addr", List.of(Type.STRING), Type.SET, (c, a) -> lookup(Args.string(a, 0)));
  }

  /** The addresses of a host name (an IP literal is its own answer), in Go's textual form. */
  private static Value lookup(String name) {
    byte[] literal = IpNet.parseIp(name);
    if (literal != null) return SetValue.of(StringValue.of(IpNet.format(literal)));
    if (name.isEmpty() || name.indexOf('%') >= 0) throw new BuiltinError("lookup " + name + ": no such host");
    try {
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      for (java.net.InetAddress a : java.net.InetAddress.getAllByName(name)) out.add(StringValue.of(IpNet.format(a.getAddress())));
      return SetValue.wrap(out);
    } catch (java.net.UnknownHostException e) {
      throw new BuiltinError("lookup " + name + ": no such host");
    }
  }

  /**
   * Parsed networks by text. Policies test many addresses against the same few ranges, so the
   * ranges are parsed once; the cache is dropped whole when it grows past its bound.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, IpNet> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int PARSED_MAX = 4096;

  private static IpNet cidr(String s) {
    IpNet n = PARSED.get(s);
    if (n != null) return n;
    n = IpNet.parseCidr(s);
    if (n == null) throw new BuiltinError("invalid CIDR address: " + s);
    if (PARSED.size() >= PARSED_MAX) PARSED.clear();
    PARSED.put(s, n);
    return n;
  }

  /** Does the network contain the address or the whole network given as cidrOrIp? */
  private static boolean contains(IpNet net, String cidrOrIp) {
    byte[] ip = IpNet.parseIp(cidrOrIp);
    if (ip != null) return net.contains(ip);
    return net.containsNet(cidr(cidrOrIp));
  }

  private static Value contains(Value[] a) {
    IpNet net = cidr(Args.string(a, 0));
    return BooleanValue.of(contains(net, Args.string(a, 1)));
  }

  private static Value intersects(Value[] a) {
    IpNet x = cidr(Args.string(a, 0)), y = cidr(Args.string(a, 1));
    return BooleanValue.of(x.contains(y.ip) || y.contains(x.ip));
  }

  private static Value expand(BuiltinContext ctx, Value[] a) {
    IpNet net = cidr(Args.string(a, 0));
    // OPA would try to build any set, even 2^64 strings for an IPv6 /64; refuse before memory runs out
    if (net.bits() - net.prefix > MAX_EXPAND_BITS) {
      throw new BuiltinError("network too large to expand: " + net + " has 2^" + (net.bits() - net.prefix)
          + " addresses, at most 2^" + MAX_EXPAND_BITS + " are expanded");
    }
    BigInteger first = IpNet.toBig(net.ip), last = IpNet.toBig(net.last());
    LinkedHashSet<Value> out = new LinkedHashSet<>();
    int n = 0;
    for (BigInteger i = first; i.compareTo(last) <= 0; i = i.add(BigInteger.ONE)) {
      if ((++n & 0xfff) == 0) ctx.checkBudget();
      out.add(StringValue.of(IpNet.format(IpNet.fromBig(i, net.ip.length))));
    }
    return SetValue.wrap(out);
  }

  private static Value merge(Value[] a) {
    List<Value> elements;
    if (a[0] instanceof ArrayValue arr) elements = arr.items();
    else if (a[0] instanceof SetValue s) elements = List.of(s.sorted());
    else throw Args.typeError(0, "one of {array, set}", a[0]);
    List<IpNet> v4 = new ArrayList<>(), v6 = new ArrayList<>();
    for (Value e : elements) {
      if (!(e instanceof StringValue s)) throw new BuiltinError("element must be string");
      IpNet net = mergeOperand(s.value());
      (net.ip.length == 4 ? v4 : v6).add(net);
    }
    LinkedHashSet<Value> out = new LinkedHashSet<>();
    for (IpNet n : CidrMerge.merge(v4)) out.add(StringValue.of(n.toString()));
    for (IpNet n : CidrMerge.merge(v6)) out.add(StringValue.of(n.toString()));
    return SetValue.wrap(out);
  }

  /** A bare IPv4 address takes its classful default mask, as Go's IP.DefaultMask gives it. */
  private static IpNet mergeOperand(String s) {
    byte[] ip = IpNet.parseIp(s);
    if (ip == null) return cidr(s);
    if (ip.length == 16) throw new BuiltinError("IPv6 invalid: needs prefix length");
    int first = ip[0] & 0xff;
    int prefix = first < 0x80 ? 8 : first < 0xc0 ? 16 : 24;
    return new IpNet(ip, prefix);
  }

  private static Value containsMatches(BuiltinContext ctx, Value[] a) {
    List<Map.Entry<Value, String>> cidrs = matchOperand(a[0], 0), targets = matchOperand(a[1], 1);
    LinkedHashSet<Value> out = new LinkedHashSet<>();
    for (Map.Entry<Value, String> c : cidrs) {
      IpNet net = cidr(c.getValue());
      for (Map.Entry<Value, String> t : targets) {
        ctx.checkBudget();
        if (contains(net, t.getValue())) out.add(ArrayValue.of(c.getKey(), t.getKey()));
      }
    }
    return SetValue.wrap(out);
  }

  /**
   * (key, address) pairs of a cidr_contains_matches operand: a string is its own key; array
   * elements are keyed by index, set elements by themselves, object values by their key. An
   * element is a string or a non-empty array whose first item is the string.
   */
  private static List<Map.Entry<Value, String>> matchOperand(Value v, int index) {
    List<Map.Entry<Value, String>> out = new ArrayList<>();
    if (v instanceof StringValue s) {
      out.add(Map.entry(s, s.value()));
    } else if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) out.add(Map.entry(NumberValue.of(i), address(arr.get(i), index)));
    } else if (v instanceof SetValue set) {
      for (Value e : set.sorted()) out.add(Map.entry(e, address(e, index)));
    } else if (v instanceof ObjectValue o) {
      for (Value k : o.sortedKeys()) out.add(Map.entry(k, address(o.get(k), index)));
    } else {
      throw Args.typeError(index, "one of {string, array, set, object}", v);
    }
    return out;
  }

  private static String address(Value element, int index) {
    if (element instanceof StringValue s) return s.value();
    if (element instanceof ArrayValue arr && arr.size() > 0 && arr.get(0) instanceof StringValue s) return s.value();
    throw new BuiltinError("operand " + (index + 1) + ": element must be string or non-empty array");
  }

  /** Collapses networks of one family into the fewest CIDRs covering exactly their union. */
  static final class CidrMerge {
    private CidrMerge() {}

    static List<IpNet> merge(List<IpNet> nets) {
      List<IpNet> out = new ArrayList<>();
      if (nets.isEmpty()) return out;
      int bytes = nets.get(0).ip.length;
      List<BigInteger[]> ranges = new ArrayList<>();
      for (IpNet n : nets) ranges.add(new BigInteger[] {IpNet.toBig(n.ip), IpNet.toBig(n.last())});
      ranges.sort(Comparator.comparing((BigInteger[] r) -> r[0]));
      BigInteger start = ranges.get(0)[0], end = ranges.get(0)[1];
      for (BigInteger[] r : ranges.subList(1, ranges.size())) {
        if (r[0].compareTo(end.add(BigInteger.ONE)) <= 0) {
          if (r[1].compareTo(end) > 0) end = r[1];
        } else {
          split(start, end, bytes, out);
          start = r[0];
          end = r[1];
        }
      }
      split(start, end, bytes, out);
      return out;
    }

    /** The largest aligned blocks covering [start, end], lowest first. */
    private static void split(BigInteger start, BigInteger end, int bytes, List<IpNet> out) {
      int bits = bytes * 8;
      BigInteger cur = start;
      while (cur.compareTo(end) <= 0) {
        int size = cur.signum() == 0 ? bits : cur.getLowestSetBit();
        size = Math.min(size, bits);
        while (size > 0 && cur.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(end) > 0) size--;
        out.add(new IpNet(IpNet.fromBig(cur, bytes), bits - size));
        cur = cur.add(BigInteger.ONE.shiftLeft(size));
      }
    }
  }
}
