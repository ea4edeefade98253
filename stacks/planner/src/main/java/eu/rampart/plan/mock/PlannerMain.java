package eu.rampart.plan.mock;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child-process entry of the offline planner: {@code PlannerMain <request.json>}. Runs the program
 * named in the request under the mocks and writes the plan. Exit codes: 0 plan written, 2 bad input
 * (missing setting or config, bad request), 3 program or planner failure. On failure a JSON
 * explanation goes to the request's {@code errorFile} and one line to stderr; never a stack trace
 * (set RAMPART_DEBUG=1 for one).
 */
public final class PlannerMain {
  private PlannerMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    if (args.length != 1) {
      err.println("rampart-planner: usage: PlannerMain <request.json>");
      return Failure.BAD_INPUT;
    }
    PlanRequest request;
    try {
      request = PlanRequest.read(Path.of(args[0]));
    } catch (IOException | IllegalArgumentException e) {
      err.println("rampart-planner: " + e.getMessage());
      return Failure.BAD_INPUT;
    }
    try {
      Method stack;
      try {
        stack = ProgramRunner.findStackMethod(request.program, PlannerMain.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        return fail(request, err, new Failure("bad-program", "program class " + request.program
            + " is not on the project's classpath (is it compiled?)", null, Failure.BAD_INPUT), null);
      } catch (NoSuchMethodException | LinkageError e) {
        return fail(request, err, new Failure("bad-program", e.getMessage(), null, Failure.BAD_INPUT), e);
      }
      AtomicInteger count = new AtomicInteger();
      if (request.progress) err.println("rampart-planner: running " + request.program + " for stack " + request.stack);
      List<CapturedResource> resources = ProgramRunner.run(request, ProgramRunner.program(stack), r -> {
        int n = count.incrementAndGet();
        if (request.progress && n % 25 == 0) err.println("rampart-planner: " + n + " resources registered");
      });
      Map<String, Object> doc = PlanDocument.build(request, resources);
      PlanDocument.writeAtomically(doc, Path.of(request.output));
      if (request.progress) err.println("rampart-planner: " + resources.size() + " resources, plan written to " + request.output);
      return 0;
    } catch (ProgramRunner.ProgramFailure e) {
      return fail(request, err, e.cause == null
          ? new Failure("program-error", e.getMessage(), null, Failure.PROGRAM_FAILED) : Failure.of(e.cause), e);
    } catch (IOException e) {
      return fail(request, err, new Failure("io-error", "cannot write the plan: " + e, null, Failure.PROGRAM_FAILED), e);
    } catch (RuntimeException | LinkageError e) {
      return fail(request, err, new Failure("planner-error", "planner failed: " + e, null, Failure.PROGRAM_FAILED), e);
    }
  }

  private static int fail(PlanRequest request, PrintStream err, Failure failure, Throwable t) {
    err.println("rampart-planner: " + failure.message());
    if (t != null && System.getenv("RAMPART_DEBUG") != null) t.printStackTrace(err);
    if (request.errorFile != null) {
      try {
        Files.writeString(Path.of(request.errorFile),
            new GsonBuilder().serializeNulls().create().toJson(failure.toJson()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("rampart-planner: cannot write error file " + request.errorFile + ": " + e.getMessage());
      }
    }
    return failure.exitCode();
  }
}
