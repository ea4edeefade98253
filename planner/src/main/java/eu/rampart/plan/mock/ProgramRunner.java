package eu.rampart.plan.mock;

import com.pulumi.Context;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a program's static {@code stack(Context)} under the SDK's mocks with the given config and
 * returns every registration. Uses {@code PulumiTestInternal}, the only SDK entry that takes config;
 * it is internal API, so the SDK version is pinned and a test covers it.
 */
final class ProgramRunner {
  /** The program failed; {@link #cause} is the program's own exception when there is one. */
  static final class ProgramFailure extends Exception {
    final Throwable cause;
    ProgramFailure(String message, Throwable cause) {
      super(message, cause);
      this.cause = cause;
    }
  }

  private ProgramRunner() {}

  static Method findStackMethod(String className, ClassLoader loader) throws ClassNotFoundException, NoSuchMethodException {
    Class<?> program = Class.forName(className, true, loader);
    for (Method m : program.getDeclaredMethods()) {
      if (m.getName().equals("stack") && Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Context.class) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new NoSuchMethodException(className + " has no static method stack(com.pulumi.Context)");
  }

  /** The static {@code stack(Context)} method as a program; its exceptions come out unwrapped. */
  static Consumer<Context> program(Method stack) {
    return ctx -> {
      try {
        stack.invoke(null, ctx);
      } catch (InvocationTargetException e) {
        sneakyThrow(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + stack + ": " + e.getMessage(), e);
      }
    };
  }

  static List<CapturedResource> run(PlanRequest request, Consumer<Context> program, Consumer<CapturedResource> listener) throws ProgramFailure {
    RealisticMocks mocks = new RealisticMocks(request.config);
    CapturingMonitor monitor = new CapturingMonitor(mocks, PulumiTestInternal.mockLog(), listener);
    List<Throwable> thrown = new ArrayList<>();
    try {
      TestResult result = PulumiTestInternal.builder()
          .options(TestOptions.builder().projectName(request.project).stackName(request.stack).preview(false).build())
          .mocks(mocks)
          .standardLogger(sdkLogger())
          .config(request.config, new HashSet<>(request.secretKeys))
          .monitorDecorator(ignored -> monitor)
          .build()
          .runTest(ctx -> {
            try {
              program.accept(ctx);
            } catch (RuntimeException | Error e) {
              // the SDK wraps what the program throws; keep the original for the explanation
              thrown.add(e);
              throw e;
            }
          });
      if (!thrown.isEmpty()) throw new ProgramFailure("the program failed", thrown.get(0));
      if (!result.exceptions().isEmpty()) throw new ProgramFailure("the program failed", result.exceptions().get(0));
      if (result.exitCode() != 0 || !result.errors().isEmpty()) {
        throw new ProgramFailure("the program reported errors: " + String.join("; ", result.errors()), null);
      }
      return monitor.captured();
    } catch (ProgramFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ProgramFailure("the program failed", thrown.isEmpty() ? e : thrown.get(0));
    } finally {
      // the deployment is a static singleton: without this a second run in the same JVM fails
      PulumiTestInternal.cleanup();
    }
  }

  /**
   * The SDK logs a failing program with its stack trace; the planner explains failures itself, so
   * the SDK speaks only with RAMPART_DEBUG set.
   */
  private static Logger sdkLogger() {
    Logger logger = Logger.getLogger("eu.rampart.plan.mock.sdk");
    logger.setUseParentHandlers(System.getenv("RAMPART_DEBUG") != null);
    logger.setLevel(System.getenv("RAMPART_DEBUG") != null ? Level.INFO : Level.OFF);
    return logger;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
