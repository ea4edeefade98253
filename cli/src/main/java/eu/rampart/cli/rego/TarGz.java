package eu.rampart.cli.rego;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The regular files of a gzipped tar archive (an OPA bundle built with {@code opa build}):
 * ustar headers, GNU long names ({@code L}) and PAX {@code path} records. Sizes are bounded so a
 * hostile archive cannot exhaust memory.
 */
final class TarGz {
  private TarGz() {}

  static final long MAX_TOTAL = 256L * 1024 * 1024;

  /** Path inside the archive (leading "./" and "/" removed) to content. */
  static Map<String, byte[]> read(Path archive) throws PolicyLoader.BadInput {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
      long total = 0;
      String longName = null;
      byte[] header = new byte[512];
      while (true) {
        if (!readFully(in, header)) break;
        if (isZero(header)) break;
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) name = prefix + "/" + name;
        long size = octal(header, 124, 12);
        char type = (char) header[156];
        if (size < 0 || (total += size) > MAX_TOTAL) throw new PolicyLoader.BadInput(archive + ": archive too large or corrupt");
        byte[] body = new byte[(int) size];
        if (!readFully(in, body)) throw new PolicyLoader.BadInput(archive + ": truncated tar entry " + name);
        long pad = (512 - size % 512) % 512;
        if (pad > 0) in.skipNBytes(pad);
        if (type == 'L') {
          longName = new String(body, StandardCharsets.UTF_8).replace("\0", "");
          continue;
        }
        if (type == 'x') {
          String p = paxPath(body);
          if (p != null) longName = p;
          continue;
        }
        if (longName != null) {
          name = longName;
          longName = null;
        }
        if (type != '0' && type != '\0') continue;
        while (name.startsWith("./") || name.startsWith("/")) name = name.substring(name.startsWith("./") ? 2 : 1);
        out.put(name, body);
      }
    } catch (java.util.zip.ZipException e) {
      throw new PolicyLoader.BadInput(archive + ": not a gzipped tar archive: " + e.getMessage());
    } catch (IOException e) {
      throw new PolicyLoader.BadInput(archive + ": cannot read archive: " + e.getMessage());
    }
    return out;
  }

  private static boolean readFully(InputStream in, byte[] b) throws IOException {
    int n = in.readNBytes(b, 0, b.length);
    return n == b.length;
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) if (x != 0) return false;
    return true;
  }

  private static String text(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len) {
    String s = text(b, off, len).trim();
    if (s.isEmpty()) return 0;
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A PAX extended header: records "LEN key=value\n"; only path matters here. */
  private static String paxPath(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    for (String rec : s.split("\n")) {
      int sp = rec.indexOf(' ');
      if (sp > 0 && rec.startsWith("path=", sp + 1)) return rec.substring(sp + 6);
    }
    return null;
  }

  static String utf8(byte[] b, String name) throws PolicyLoader.BadInput {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new PolicyLoader.BadInput(name + ": not UTF-8 text");
    }
  }
}
