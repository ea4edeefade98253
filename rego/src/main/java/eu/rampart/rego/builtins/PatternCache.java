package eu.rampart.rego.builtins;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe compile cache for regex and glob patterns, so that policies calling
 * regex.match in a loop compile each pattern once. Compile failures are cached too (a bad
 * pattern is usually bad on every call). When the cache is full it is emptied: cheaper than LRU
 * bookkeeping on every hit, and policy pattern sets are small.
 */
final class PatternCache<K, V> {
  private final int limit;
  private final ConcurrentHashMap<K, Object> map = new ConcurrentHashMap<>();

  PatternCache(int limit) { this.limit = limit; }

  /** Returns the compiled value or rethrows the cached compile error. */
  @SuppressWarnings("unchecked")
  V get(K key, Function<K, V> compile) {
    Object v = map.get(key);
    if (v == null) {
      try {
        v = compile.apply(key);
      } catch (RuntimeException e) {
        v = new Failure(e);
      }
      synchronized (this) { // misses only: hits never lock
        if (map.size() >= limit) map.clear();
        map.put(key, v);
      }
    }
    if (v instanceof Failure f) throw f.error;
    return (V) v;
  }

  int size() { return map.size(); }

  private record Failure(RuntimeException error) {}
}
