package eu.rampart.plan.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the local engine has seen: registrations, the root stack, error messages, secret texts. */
final class EngineState {
  final String project;
  final String stack;
  final Map<String, String> config;
  final Set<String> secretKeys;
  final AtomicInteger sequence = new AtomicInteger();
  private final List<Registration> registrations = new ArrayList<>();
  final Map<String, Registration> byUrn = new ConcurrentHashMap<>();
  /** provider reference ({@code urn::id}) → its region or location input. */
  final Map<String, String> providerRegions = new ConcurrentHashMap<>();
  final List<String> errors = new ArrayList<>();
  final SecretTexts secrets;
  volatile String rootUrn = "";

  EngineState(String project, String stack, Map<String, String> config, Set<String> secretKeys) {
    this.project = project;
    this.stack = stack;
    this.config = Map.copyOf(config);
    this.secretKeys = Set.copyOf(secretKeys);
    this.secrets = new SecretTexts();
    for (String k : secretKeys) {
      String v = config.get(k);
      if (Wire.UNKNOWN.equals(v)) secrets.addUnknown();
      else if (v != null) secrets.add(v);
    }
  }

  void add(Registration r) {
    synchronized (registrations) {
      registrations.add(r);
    }
    byUrn.put(r.urn, r);
  }

  List<Registration> registrations() {
    synchronized (registrations) {
      List<Registration> copy = new ArrayList<>(registrations);
      copy.sort(Comparator.comparingInt(r -> r.order));
      return copy;
    }
  }

  void error(String message) {
    synchronized (errors) {
      errors.add(secrets.mask(message));
    }
  }

  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }
}
