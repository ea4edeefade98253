package eu.rampart.cli.policy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzipped POSIX ustar archive, the format pulumi/pulumi's {@code archive.ExtractTGZ}
 * reads when {@code pulumi plugin install ... --file} installs a plugin tarball: regular files with
 * their mode, entries at the archive root (extracted directly into the plugin directory).
 */
final class TarGz implements AutoCloseable {
  private static final int BLOCK = 512;
  private final GZIPOutputStream out;

  TarGz(OutputStream sink) throws IOException { this.out = new GZIPOutputStream(sink); }

  /** A directory entry; Pulumi's extractor creates directories from these before their files. */
  void directory(String name, int mode) throws IOException {
    entry(name.endsWith("/") ? name : name + "/", new byte[0], mode, (byte) '5');
  }

  void file(String name, byte[] content, int mode) throws IOException {
    entry(name, content, mode, (byte) '0');
  }

  private void entry(String name, byte[] content, int mode, byte type) throws IOException {
    byte[] h = new byte[BLOCK];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    if (n.length > 100) {
      int cut = name.lastIndexOf('/', 155);
      byte[] prefix = cut > 0 ? name.substring(0, cut).getBytes(StandardCharsets.UTF_8) : new byte[0];
      byte[] rest = cut > 0 ? name.substring(cut + 1).getBytes(StandardCharsets.UTF_8) : n;
      if (cut <= 0 || prefix.length > 155 || rest.length > 100) throw new IOException("path too long for a tar entry: " + name);
      System.arraycopy(rest, 0, h, 0, rest.length);
      System.arraycopy(prefix, 0, h, 345, prefix.length);
    } else {
      System.arraycopy(n, 0, h, 0, n.length);
    }
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, content.length);
    octal(h, 136, 12, 0);
    h[156] = type;
    put(h, 257, "ustar\u0000");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) h[i] = ' ';
    long sum = 0;
    for (byte b : h) sum += b & 0xff;
    octal(h, 148, 7, sum);
    h[155] = ' ';
    out.write(h);
    out.write(content);
    int pad = (BLOCK - content.length % BLOCK) % BLOCK;
    out.write(new byte[pad]);
  }

  private static void octal(byte[] h, int off, int len, long v) {
    String s = Long.toOctalString(v);
    while (s.length() < len - 1) s = "0" + s;
    put(h, off, s);
    h[off + len - 1] = 0;
  }

  private static void put(byte[] h, int off, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, b.length);
  }

  @Override
  public void close() throws IOException {
    out.write(new byte[2 * BLOCK]);
    out.finish();
    out.close();
  }
}
