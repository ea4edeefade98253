package eu.rampart.stacks.azure;

/** IPv4 CIDR arithmetic for carving subnets out of a virtual network range. */
public final class Cidrs {
  private Cidrs() {}

  /**
   * The {@code index}-th block of prefix length {@code newPrefix} inside {@code cidr}; fails when the
   * block does not fit, so a too-small network range is reported instead of producing overlaps.
   */
  public static String subnet(String cidr, int newPrefix, int index) {
    long base = address(cidr);
    int prefix = prefix(cidr);
    if (newPrefix < prefix || newPrefix > 32) {
      throw new IllegalArgumentException("cannot carve /" + newPrefix + " blocks out of " + cidr);
    }
    long count = 1L << (newPrefix - prefix);
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(cidr + " holds only " + count + " /" + newPrefix
          + " blocks, block " + index + " requested; use a larger network range");
    }
    long block = base + (long) index * (1L << (32 - newPrefix));
    return format(block) + "/" + newPrefix;
  }

  /** The last block of prefix length {@code newPrefix} inside {@code cidr}. */
  public static String lastSubnet(String cidr, int newPrefix) {
    return subnet(cidr, newPrefix, (int) ((1L << (newPrefix - prefix(cidr))) - 1));
  }

  static int prefix(String cidr) {
    String[] parts = split(cidr);
    try {
      int p = Integer.parseInt(parts[1]);
      if (p < 0 || p > 32) throw new NumberFormatException();
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IPv4 CIDR (bad prefix length): " + cidr);
    }
  }

  static long address(String cidr) {
    String[] octets = split(cidr)[0].split("\\.");
    if (octets.length != 4) throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
    long value = 0;
    for (String o : octets) {
      int v;
      try {
        v = Integer.parseInt(o);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
      }
      if (v < 0 || v > 255) throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
      value = (value << 8) | v;
    }
    long mask = prefix(cidr) == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix(cidr))) & 0xFFFFFFFFL;
    if ((value & mask) != value) throw new IllegalArgumentException("CIDR has host bits set: " + cidr);
    return value;
  }

  private static String[] split(String cidr) {
    String[] parts = cidr == null ? new String[0] : cidr.trim().split("/");
    if (parts.length != 2) throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
    return parts;
  }

  private static String format(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }
}
