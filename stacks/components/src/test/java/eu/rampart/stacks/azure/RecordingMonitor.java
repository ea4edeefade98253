package eu.rampart.stacks.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The SDK's mock monitor, keeping what a policy would see of each registration: URN, type,
 * parent, provider reference, protect flag and the inputs (special values unwrapped), in
 * registration order.
 */
final class RecordingMonitor extends MockMonitor {
  private static final String SIG = "4dabf18193072939515e22adb298388d";
  private static final String SECRET = "1b47061264138c4ac30d75fd1eb44270";
  private static final String OUTPUT = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
  private static final String RESOURCE_REF = "5cf8f73096256a8f31e491e813e4eb8e";

  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<Integer, Registered> byOrder = new java.util.concurrent.ConcurrentSkipListMap<>();

  RecordingMonitor(Mocks mocks) {
    super(mocks, PulumiTestInternal.mockLog());
  }

  @Override
  public CompletableFuture<pulumirpc.Resource.RegisterResourceResponse> registerResourceAsync(Resource resource,
      RegisterResourceRequest request) {
    int order = sequence.getAndIncrement();
    JsonObject inputs = plain(toJson(request.getObject())).getAsJsonObject();
    return super.registerResourceAsync(resource, request).thenApply(response -> {
      byOrder.put(order, new Registered(response.getUrn(), request.getType(), request.getName(), request.getCustom(),
          response.getId(), request.getParent(), request.getProvider(), inputs, request.getProtect()));
      return response;
    });
  }

  List<Registered> registered() {
    return new ArrayList<>(byOrder.values());
  }

  private static JsonElement toJson(Struct struct) {
    try {
      return JsonParser.parseString(JsonFormat.printer().print(struct));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces secrets, output values and resource references by their plain values. */
  private static JsonElement plain(JsonElement e) {
    if (e.isJsonArray()) {
      JsonArray out = new JsonArray();
      e.getAsJsonArray().forEach(item -> out.add(plain(item)));
      return out;
    }
    if (!e.isJsonObject()) return e;
    JsonObject o = e.getAsJsonObject();
    if (o.has(SIG)) {
      String sig = o.get(SIG).getAsString();
      if (sig.equals(SECRET) || sig.equals(OUTPUT)) {
        return o.has("value") ? plain(o.get("value")) : new JsonPrimitive("[unknown]");
      }
      if (sig.equals(RESOURCE_REF)) return o.get("urn");
    }
    JsonObject out = new JsonObject();
    o.entrySet().forEach(en -> out.add(en.getKey(), plain(en.getValue())));
    return out;
  }
}
