package eu.rampart.rego.eval;

import eu.rampart.rego.compile.RuleNode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whole documents (rule values) shared by the evaluators of one query when it runs on several
 * threads: each document is computed once, by whichever evaluator asks first; the others wait
 * for it. Only the root context shares them (documents under {@code with} are per evaluator).
 */
final class SharedDocuments {
  /** A document being computed or computed: result is null until done. */
  static final class Slot {
    final Evaluator owner;
    private volatile Object result;
    private final CountDownLatch done = new CountDownLatch(1);

    Slot(Evaluator owner) { this.owner = owner; }

    Object result() { return result; }

    void finish(Object r) {
      result = r;
      done.countDown();
    }

    boolean await(long millis) throws InterruptedException { return done.await(millis, TimeUnit.MILLISECONDS); }
  }

  /** Marks a slot whose computation failed: whoever waited computes the document itself. */
  static final Object ABANDONED = new Object();

  final ConcurrentHashMap<RuleNode, Slot> slots = new ConcurrentHashMap<>();
  /**
   * Function results by arguments. Functions are pure here (no nondeterministic built-ins), so two
   * evaluators that compute the same call at once store the same result.
   */
  final ConcurrentHashMap<FnKey, Object> functionResults = new ConcurrentHashMap<>();
  /** Set when the query's answer is complete: helpers stop at their next budget check. */
  volatile boolean finished;
  /** Evaluation steps of all the query's evaluators, for the step budget. */
  final java.util.concurrent.atomic.AtomicLong steps = new java.util.concurrent.atomic.AtomicLong();
}
