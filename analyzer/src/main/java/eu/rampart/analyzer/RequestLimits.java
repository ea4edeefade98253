package eu.rampart.analyzer;

import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request limits that fit what the Pulumi engine sends. The engine dials plugins with
 * {@code rpcutil.GrpcChannelOptions()} (pulumi/pulumi {@code sdk/go/common/util/rpcutil}), which
 * raises gRPC's 4 MiB message limit to {@code maxRPCMessageSize} = 400 MiB, and Go's protobuf
 * decoder nests up to 10,000 messages deep. gRPC Java's defaults (4 MiB, 100 levels) would refuse
 * AnalyzeStack requests of large stacks that the engine does send, and a refused request never
 * reaches the service, so the engine would only see UNKNOWN without a reason.
 *
 * <p>Here: messages up to 400 MiB; protobuf nesting up to 10,000 levels, parsed on threads with
 * stacks deep enough for that; a request that still cannot be parsed reaches the service marked
 * (an unknown field) and is answered INVALID_ARGUMENT with the parser's reason; properties nested
 * deeper than {@link #MAX_PROPERTY_DEPTH} levels are refused with their path (see ProtoJson).
 */
final class RequestLimits {
  /** pulumi/pulumi rpcutil {@code maxRPCMessageSize}: 1024 * 1024 * 400. */
  static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
  /** Go protobuf's default unmarshal recursion limit ({@code protowire} DefaultRecursionLimit). */
  static final int PROTOBUF_RECURSION_LIMIT = 10_000;
  /** Property nesting the analyzer evaluates; deeper values are refused with INVALID_ARGUMENT. */
  static final int MAX_PROPERTY_DEPTH = 100;
  /** Stack for request threads: parsing 10,000 nested messages recurses that deep. */
  static final long REQUEST_THREAD_STACK_BYTES = 512L * 1024 * 1024;

  /** Unknown field number carrying a parse failure to the service (never used by Pulumi's protocol). */
  private static final int PARSE_ERROR_FIELD = 536_870_000;

  private RequestLimits() {}

  /** The service with every method's request parsed under these limits. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static ServerServiceDefinition apply(ServerServiceDefinition service) {
    ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(service.getServiceDescriptor().getName());
    for (ServerMethodDefinition<?, ?> m : service.getMethods()) {
      MethodDescriptor md = m.getMethodDescriptor();
      Object prototype = ((MethodDescriptor.PrototypeMarshaller) md.getRequestMarshaller()).getMessagePrototype();
      MethodDescriptor limited = md.toBuilder().setRequestMarshaller(new Tolerant((Message) prototype)).build();
      b.addMethod(ServerMethodDefinition.create(limited, (io.grpc.ServerCallHandler) m.getServerCallHandler()));
    }
    return b.build();
  }

  /** Threads for request handling (the server's executor, which also parses requests). */
  static ExecutorService executor() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(null, r, "rampart-analyzer-" + n.incrementAndGet(), REQUEST_THREAD_STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }

  /** Throws INVALID_ARGUMENT when the request could not be parsed. */
  static void requireParsed(Message request) {
    UnknownFieldSet.Field f = request.getUnknownFields().getField(PARSE_ERROR_FIELD);
    if (f != null && !f.getLengthDelimitedList().isEmpty()) {
      throw Status.INVALID_ARGUMENT.withDescription(f.getLengthDelimitedList().get(0).toStringUtf8()).asRuntimeException();
    }
  }

  /** Parses with the raised recursion limit; a failure becomes a marked empty request. */
  private static final class Tolerant<T extends Message> implements MethodDescriptor.PrototypeMarshaller<T> {
    private final T prototype;
    private final MethodDescriptor.Marshaller<T> inner;

    Tolerant(T prototype) {
      this.prototype = prototype;
      this.inner = ProtoUtils.marshallerWithRecursionLimit(prototype, PROTOBUF_RECURSION_LIMIT);
    }

    @Override public T getMessagePrototype() { return prototype; }
    @Override public Class<T> getMessageClass() { @SuppressWarnings("unchecked") Class<T> c = (Class<T>) prototype.getClass(); return c; }
    @Override public InputStream stream(T value) { return inner.stream(value); }

    @Override
    @SuppressWarnings("unchecked")
    public T parse(InputStream stream) {
      try {
        return inner.parse(stream);
      } catch (StatusRuntimeException | StackOverflowError e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String why = "request is not a valid " + prototype.getDescriptorForType().getName() + " message: "
            + (e instanceof StackOverflowError ? "nested too deeply" : String.valueOf(cause.getMessage()).replace('\n', ' '));
        UnknownFieldSet marker = UnknownFieldSet.newBuilder().addField(PARSE_ERROR_FIELD,
            UnknownFieldSet.Field.newBuilder().addLengthDelimited(com.google.protobuf.ByteString.copyFromUtf8(why)).build()).build();
        return (T) prototype.toBuilder().setUnknownFields(marker).build();
      }
    }
  }
}
