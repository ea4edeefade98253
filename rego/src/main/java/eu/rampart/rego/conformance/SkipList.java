package eu.rampart.rego.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases not run, each with a reason. One entry a line: {@code path-or-dir[#note]  # reason},
 * path relative to the suite directory; lines starting with '#' are comments.
 */
public final class SkipList {
  public record Entry(String path, String note, String reason, int line) {}

  private final List<Entry> entries;

  private SkipList(List<Entry> entries) { this.entries = entries; }

  public static SkipList empty() { return new SkipList(List.of()); }

  public static SkipList load(Path file) throws IOException {
    List<Entry> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String reason = "";
      int r = indexOfReason(l);
      if (r >= 0) {
        reason = l.substring(r).strip().substring(1).strip();
        l = l.substring(0, r).strip();
      }
      if (reason.isEmpty()) throw new IOException(file + ":" + (i + 1) + ": skip entry without a reason (expected 'path  # reason')");
      String note = null;
      int h = l.indexOf('#');
      if (h >= 0) {
        note = l.substring(h + 1);
        l = l.substring(0, h);
      }
      while (l.endsWith("/")) l = l.substring(0, l.length() - 1);
      out.add(new Entry(l, note, reason, i + 1));
    }
    return new SkipList(out);
  }

  private static int indexOfReason(String l) {
    for (int i = 1; i < l.length(); i++) {
      if (l.charAt(i) == '#' && Character.isWhitespace(l.charAt(i - 1))) return i;
    }
    return -1;
  }

  /** The reason a case is skipped, or null. {@code relFile} uses '/' separators. */
  public String reason(String relFile, String note) {
    for (Entry e : entries) {
      boolean pathMatch = relFile.equals(e.path()) || relFile.startsWith(e.path() + "/");
      if (pathMatch && (e.note() == null || e.note().equals(note))) return e.reason();
    }
    return null;
  }

  public List<Entry> entries() { return entries; }
}
