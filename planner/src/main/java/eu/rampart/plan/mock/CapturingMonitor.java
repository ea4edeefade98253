package eu.rampart.plan.mock;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The SDK's mock monitor, recording every registration with what only the monitor sees: parent,
 * provider reference, dependencies, options, the inputs with secrets still wrapped, and the URN and
 * id of the answer. The public {@code Mocks} callback sees none of that.
 */
final class CapturingMonitor extends MockMonitor {
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<CapturedResource> captured = new ArrayList<>();
  private final Consumer<CapturedResource> listener;

  CapturingMonitor(Mocks mocks, Log log, Consumer<CapturedResource> listener) {
    super(mocks, log);
    this.listener = listener;
  }

  @Override
  public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
    // the order is taken when the program registers, not when the mock answers
    int order = sequence.getAndIncrement();
    Map<String, Object> inputs = StructValues.toMap(request.getObject());
    Set<String> secrets = StructValues.secretTexts(request.getObject());
    return super.registerResourceAsync(resource, request).thenApply(response -> {
      record(order, request, inputs, secrets, response);
      return response;
    });
  }

  @SuppressWarnings("unchecked")
  private void record(int order, RegisterResourceRequest req, Map<String, Object> inputs, Set<String> secrets,
                      RegisterResourceResponse resp) {
    Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
    req.getPropertyDependenciesMap().forEach((k, v) -> propertyDependencies.put(k, Urns.normalize(v.getUrnsList())));
    Map<String, String> providers = new LinkedHashMap<>();
    req.getProvidersMap().forEach((k, v) -> providers.put(k, Urns.normalize(v)));
    CapturedResource r = new CapturedResource(
        order,
        Urns.normalize(resp.getUrn()),
        req.getType(),
        req.getName(),
        req.getCustom(),
        emptyToNull(resp.getId()),
        Urns.normalize(emptyToNull(req.getParent())),
        Urns.normalize(emptyToNull(req.getProvider())),
        providers,
        Urns.normalize(req.getDependenciesList()),
        propertyDependencies,
        (Map<String, Object>) Urns.normalizeValues(inputs),
        (Map<String, Object>) Urns.normalizeValues(StructValues.maskLike(StructValues.toMap(resp.getObject()), inputs, secrets)),
        req.getProtect(),
        req.getRetainOnDelete());
    synchronized (captured) {
      captured.add(r);
    }
    listener.accept(r);
  }

  /** Everything registered so far, in registration order. */
  List<CapturedResource> captured() {
    synchronized (captured) {
      List<CapturedResource> copy = new ArrayList<>(captured);
      copy.sort(Comparator.comparingInt(CapturedResource::order));
      return copy;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
