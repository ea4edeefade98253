package eu.rampart.stacks.common;

/** IPv4 CIDR arithmetic for carving subnets out of a network range (like Terraform's cidrsubnet). */
public final class Cidrs {
  private Cidrs() {}

  /** The {@code index}-th subnet with {@code newBits} more prefix bits than {@code cidr}. */
  public static String subnet(String cidr, int newBits, int index) {
    String[] parts = cidr.split("/");
    if (parts.length != 2) throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
    int prefix = Integer.parseInt(parts[1]);
    int newPrefix = prefix + newBits;
    if (prefix < 0 || newPrefix > 32 || newBits < 0) throw new IllegalArgumentException("cannot split " + cidr + " by " + newBits + " bits");
    if (index < 0 || index >= (1 << newBits)) {
      throw new IllegalArgumentException(cidr + " has only " + (1 << newBits) + " subnets of /" + newPrefix + ", asked for #" + index);
    }
    long base = address(parts[0]) & mask(prefix);
    long sub = base + ((long) index << (32 - newPrefix));
    return format(sub) + "/" + newPrefix;
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  private static long address(String dotted) {
    String[] o = dotted.split("\\.");
    if (o.length != 4) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
    long v = 0;
    for (String part : o) {
      int b = Integer.parseInt(part);
      if (b < 0 || b > 255) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
      v = (v << 8) | b;
    }
    return v;
  }

  private static String format(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }
}
