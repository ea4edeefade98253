package eu.rampart.plan.engine;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingClientCall;
import io.grpc.InternalGlobalInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.List;

/**
 * Which of the SDK's two invoke forms sent an {@code Invoke}: the output form ({@code Ec2Functions.getAmi(...)},
 * an {@code Output<T>}) or the plain form ({@code getAmiPlain(...)}, a {@code CompletableFuture<T>}).
 * Both send the same request. The difference matters for a result the planner cannot know: the
 * output form carries an unknown into the program as a preview does (its applies do not run), but
 * the plain form hands the program {@code null} for any result that holds an unknown
 * ({@code Converter.convertValue} in pulumi-java converts only known data), and the program crashes
 * where a real preview, which asks the cloud, would have gone on.
 *
 * <p>The program runs in this JVM, so the SDK's client call is started on a thread whose stack shows
 * the form: pulumi-java 1.36.1 issues the output form's RPC from {@code DeploymentImpl$Invoke.invoke}
 * or one of its lambdas, the plain form's from {@code rawInvoke}/{@code invokeRawAsync} alone. A
 * process-wide client interceptor (installed before the SDK builds its channel) marks the plain
 * form with a header; the monitor reads it through {@link #SERVER}.
 */
final class InvokeForm {
  static final String INVOKE_METHOD = "pulumirpc.ResourceMonitor/Invoke";
  private static final String SDK_INVOKE_CLASS = "com.pulumi.deployment.internal.DeploymentImpl$Invoke";
  private static final Metadata.Key<String> HEADER = Metadata.Key.of("rampart-invoke-form", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<Boolean> PLAIN = Context.key("rampart-invoke-plain");

  private InvokeForm() {}

  /** Installs the client-side marker for every channel built later in this JVM; once, before the program starts. */
  static void install() {
    try {
      InternalGlobalInterceptors.setInterceptorsTracers(List.of(CLIENT), List.of(), List.of());
    } catch (IllegalStateException alreadyFrozen) {
      // gRPC was used before the program started: every invoke is then taken as the output form
    }
  }

  /** Whether the invoke being served came from the plain form (false when it cannot be told). */
  static boolean isPlain() {
    return Boolean.TRUE.equals(PLAIN.get());
  }

  /** True when the current thread's stack is the SDK issuing a plain-form invoke. */
  static boolean calledFromPlainForm() {
    return StackWalker.getInstance().walk(frames -> {
      boolean sdkInvoke = false;
      for (var f : (Iterable<StackWalker.StackFrame>) frames::iterator) {
        if (!f.getClassName().equals(SDK_INVOKE_CLASS)) continue;
        String m = f.getMethodName();
        if (m.equals("invoke") || m.startsWith("lambda$invoke$")) return false;
        sdkInvoke = true;
      }
      return sdkInvoke;
    });
  }

  static final ClientInterceptor CLIENT = new ClientInterceptor() {
    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      ClientCall<Q, R> call = next.newCall(method, options);
      if (!INVOKE_METHOD.equals(method.getFullMethodName()) || !calledFromPlainForm()) return call;
      return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
        @Override
        public void start(Listener<R> listener, Metadata headers) {
          headers.put(HEADER, "plain");
          super.start(listener, headers);
        }
      };
    }
  };

  static final ServerInterceptor SERVER = new ServerInterceptor() {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      if (!"plain".equals(headers.get(HEADER))) return next.startCall(call, headers);
      return Contexts.interceptCall(Context.current().withValue(PLAIN, true), call, headers, next);
    }
  };
}
