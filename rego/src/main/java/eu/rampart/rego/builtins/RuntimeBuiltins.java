package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;

/**
 * Built-ins about the runtime OPA runs in, declared with OPA's signatures (ast/builtins.go) so
 * modules that call them compile and tests can replace them ({@code with http.send as mock}):
 * {@code trace}, {@code opa.runtime}, {@code http.send}, {@code providers.aws.sign_req} and the
 * {@code graphql.*} family. The engine runs offline: the ones that need the network or are not
 * implemented fail with a clear eval_builtin_error whenever they are really called.
 */
public final class RuntimeBuiltins implements BuiltinFamily {
  private static final Type STRING_OR_OBJECT = Type.of(Type.Kind.STRING, Type.Kind.OBJECT);

  @Override
  public void register(BuiltinRegistry r) {
    // topdown/trace.go builtinTrace: a note for the tracer; true, and a no-op without a tracer
    r.register("trace", List.of(Type.STRING), Type.BOOLEAN, (c, a) -> {
      c.trace(Args.string(a, 0));
      return BooleanValue.TRUE;
    });
    // topdown/runtime.go builtinOPARuntime: OPA's shape; the process environment is never exposed
    r.registerNondeterministic("opa.runtime", List.of(), Type.OBJECT, (c, a) -> c.runtime());
    r.registerNondeterministic("http.send", List.of(Type.OBJECT), Type.OBJECT, RuntimeBuiltins::httpSend);
    r.register("providers.aws.sign_req", List.of(Type.OBJECT, Type.OBJECT, Type.NUMBER), Type.OBJECT,
        (c, a) -> { throw unsupported("providers.aws.sign_req"); });
    for (String g : List.of("graphql.parse", "graphql.parse_and_verify", "graphql.is_valid")) {
      r.register(g, List.of(STRING_OR_OBJECT, STRING_OR_OBJECT), g.equals("graphql.is_valid") ? Type.BOOLEAN : Type.ARRAY,
          (c, a) -> { throw unsupported(g); });
    }
    r.register("graphql.parse_query", List.of(Type.STRING), Type.OBJECT, (c, a) -> { throw unsupported("graphql.parse_query"); });
    r.register("graphql.parse_schema", List.of(Type.STRING), Type.OBJECT, (c, a) -> { throw unsupported("graphql.parse_schema"); });
    r.register("graphql.schema_is_valid", List.of(STRING_OR_OBJECT), Type.BOOLEAN, (c, a) -> { throw unsupported("graphql.schema_is_valid"); });
  }

  /**
   * topdown/http.go: with {@code raise_error: false} a failed request is a response with status 0 and
   * an error object (code eval_http_send_network_error); otherwise the failure is an error.
   */
  private static Value httpSend(BuiltinContext c, Value[] a) {
    ObjectValue req = Args.object(a, 0);
    checkRequestKeys(req);
    Value url = req.get("url");
    String target = url instanceof StringValue s ? s.value() : String.valueOf(url);
    String message = "no network access: rampart's Rego engine runs offline and cannot reach " + target
        + " (replace the call in tests: with http.send as <value or function>)";
    if (BooleanValue.FALSE.equals(req.get("raise_error"))) {
      return ObjectValue.builder()
          .put("status_code", NumberValue.of(0))
          .put("error", ObjectValue.builder()
              .put("code", StringValue.of("eval_http_send_network_error"))
              .put("message", StringValue.of(message)).build())
          .build();
    }
    throw new BuiltinHalt(message);
  }

  /** The request keys OPA's http.send accepts (topdown/http.go allowedKeyNames); method and url are required. */
  private static final java.util.Set<String> REQUEST_KEYS = java.util.Set.of("method", "url", "body", "enable_redirect",
      "force_json_decode", "force_yaml_decode", "headers", "raw_body", "tls_use_system_certs", "tls_ca_cert",
      "tls_ca_cert_file", "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file",
      "tls_client_cert_env_variable", "tls_client_key", "tls_client_key_file", "tls_client_key_env_variable",
      "tls_insecure_skip_verify", "tls_server_name", "timeout", "cache", "force_cache", "force_cache_duration_seconds",
      "raise_error", "caching_mode", "max_retry_attempts", "cache_ignored_headers");

  /** topdown/http.go validateHTTPRequestOperand: unknown or missing keys are type errors, as in OPA. */
  private static void checkRequestKeys(ObjectValue req) {
    java.util.TreeSet<String> invalid = new java.util.TreeSet<>();
    for (Value k : req.sortedKeys()) {
      if (!(k instanceof StringValue sk) || !REQUEST_KEYS.contains(sk.value())) invalid.add(eu.rampart.rego.value.Json.write(k));
    }
    if (!invalid.isEmpty()) throw new BuiltinTypeError("invalid request parameters(s): {" + String.join(", ", invalid) + "}");
    java.util.TreeSet<String> missing = new java.util.TreeSet<>();
    for (String required : List.of("method", "url")) if (req.get(required) == null) missing.add("\"" + required + "\"");
    if (!missing.isEmpty()) throw new BuiltinTypeError("missing required request parameters(s): {" + String.join(", ", missing) + "}");
  }

  private static BuiltinHalt unsupported(String name) {
    return new BuiltinHalt("not supported by rampart's Rego engine (replace it in tests: with " + name + " as <value or function>)");
  }

  /**
   * OPA's runtime.Term shape for {@code opa eval}/{@code opa test} (version, commit, env, and config
   * when configured), with an empty env: environment variables may hold secrets and never reach a policy.
   */
  public static ObjectValue opaRuntimeShape() {
    return ObjectValue.builder()
        .put("commit", StringValue.of(""))
        .put("config", ObjectValue.EMPTY)
        .put("env", ObjectValue.EMPTY)
        .put("version", StringValue.of(version()))
        .build();
  }

  private static String version() {
    String v = RuntimeBuiltins.class.getPackage().getImplementationVersion();
    return "rampart-rego " + (v == null ? "dev" : v);
  }
}
