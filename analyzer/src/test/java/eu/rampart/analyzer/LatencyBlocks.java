package eu.rampart.analyzer;

import java.util.Arrays;

/** How latency evolves over a run of calls, as the benches print it. */
final class LatencyBlocks {
  private LatencyBlocks() {}

  /** The median of each 100 calls in order, in milliseconds, each after a space: " 4.02 1.90 ...". */
  static String medianOfEach100(long[] nanosInOrder) {
    StringBuilder blocks = new StringBuilder();
    for (int b = 0; b + 100 <= nanosInOrder.length; b += 100) {
      long[] block = Arrays.copyOfRange(nanosInOrder, b, b + 100);
      Arrays.sort(block);
      blocks.append(String.format(" %.2f", block[50] / 1e6));
    }
    return blocks.toString();
  }
}
