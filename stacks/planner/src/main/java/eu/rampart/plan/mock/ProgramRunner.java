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

  static List<CapturedResource> run(PlanRequest request, Method stack, Consumer<CapturedResource> listener) throws ProgramFailure {
    RealisticMocks mocks = new RealisticMocks(request.config);
    CapturingMonitor monitor = new CapturingMonitor(mocks, PulumiTestInternal.mockLog(), listener);
    List<Throwable> thrown = new ArrayList<>();
    try {
      TestResult result = PulumiTestInternal.builder()
          .options(TestOptions.builder().projectName(request.project).stackName(request.stack).preview(false).build())
          .mocks(mocks)
          .config(request.config, new HashSet<>(request.secretKeys))
          .monitorDecorator(ignored -> monitor)
          .build()
          .runTest(ctx -> invoke(stack, ctx, thrown));
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

  private static void invoke(Method stack, Context ctx, List<Throwable> thrown) {
    try {
      stack.invoke(null, ctx);
    } catch (InvocationTargetException e) {
      thrown.add(e.getCause());
      sneakyThrow(e.getCause());
    } catch (IllegalAccessException e) {
      thrown.add(e);
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
