package eu.rampart.plan.secret;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds all occurrences of many patterns in one pass over a text (Aho-Corasick automaton), so
 * masking cost does not grow with the number of secrets.
 */
final class AhoCorasick {
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    Node fail;
    /** Length of the longest pattern ending at this node (directly or through fail links), 0 if none. */
    int matchLength;
  }

  private final Node root = new Node();
  /** Root transitions for every char: most text characters start no secret, so this is the hot path. */
  private final Node[] rootNext = new Node[Character.MAX_VALUE + 1];

  AhoCorasick(Collection<String> patterns) {
    for (String p : patterns) {
      if (p.isEmpty()) continue;
      Node n = root;
      for (int i = 0; i < p.length(); i++) n = n.next.computeIfAbsent(p.charAt(i), c -> new Node());
      n.matchLength = Math.max(n.matchLength, p.length());
    }
    ArrayDeque<Node> queue = new ArrayDeque<>();
    root.fail = root;
    for (Map.Entry<Character, Node> e : root.next.entrySet()) rootNext[e.getKey()] = e.getValue();
    for (Node child : root.next.values()) {
      child.fail = root;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      for (Map.Entry<Character, Node> e : n.next.entrySet()) {
        Node child = e.getValue();
        Node f = n.fail;
        while (f != root && !f.next.containsKey(e.getKey())) f = f.fail;
        Node target = f.next.get(e.getKey());
        child.fail = target != null && target != child ? target : root;
        child.matchLength = Math.max(child.matchLength, child.fail.matchLength);
        queue.add(child);
      }
    }
  }

  /** Match intervals [start, end) in text order, overlapping ones merged. */
  List<int[]> find(String text) {
    List<int[]> spans = new ArrayList<>();
    Node n = root;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Node next = null;
      while (n != root && (next = n.next.get(c)) == null) n = n.fail;
      if (n == root) next = rootNext[c];
      n = next == null ? root : next;
      if (n.matchLength > 0) {
        int start = i + 1 - n.matchLength;
        int end = i + 1;
        // a long match may cover several earlier (shorter) ones, not only the last: merge them all
        // (found by MaskerFuzzTest: a secret and a line of it matched, spans went out of order)
        while (!spans.isEmpty() && start < spans.get(spans.size() - 1)[1]) {
          int[] last = spans.remove(spans.size() - 1);
          start = Math.min(start, last[0]);
          end = Math.max(end, last[1]);
        }
        spans.add(new int[] {start, end});
      }
    }
    return spans;
  }
}
