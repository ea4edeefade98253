package eu.rampart.plan.engine;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The outputs a resource class declares: its {@code @Export} fields (name and the {@code T} of
 * {@code Output<T>}), found through the class whose {@code @ResourceType} names the type token.
 * The class is looked for where the Java code generator puts it ({@code com.pulumi.<package>.<module>.<Name>}),
 * else among the classes of that simple name on the program's class path; jars are listed once.
 */
final class DeclaredOutputs {
  private final ClassLoader loader;
  private final Map<String, Map<String, Type>> byType = new ConcurrentHashMap<>();
  private volatile Map<String, List<String>> classesBySimpleName;

  DeclaredOutputs(ClassLoader loader) {
    this.loader = loader;
  }

  /** Output name → declared type; empty when no class declares the type (a hand-written or component resource). */
  Map<String, Type> of(String typeToken) {
    return byType.computeIfAbsent(typeToken, t -> findClass(t).map(DeclaredOutputs::exports).orElse(Map.of()));
  }

  /**
   * The result type of a function (invoke) token, where the Java code generator puts it:
   * {@code aws:ec2/getAmi:getAmi} → {@code com.pulumi.aws.ec2.outputs.GetAmiResult}, else the
   * class of that simple name in an {@code outputs} package of the provider jars.
   */
  Optional<Class<?>> invokeResult(String token) {
    String[] parts = token.split(":");
    if (parts.length != 3 || parts[2].isEmpty()) return Optional.empty();
    String function = parts[2];
    String simple = Character.toUpperCase(function.charAt(0)) + function.substring(1) + "Result";
    String module = parts[1].contains("/") ? parts[1].substring(0, parts[1].indexOf('/')) : parts[1];
    String pkg = "com.pulumi." + parts[0].replace("-", "") + (module.equals("index") || module.isEmpty() ? "" : "." + module);
    Optional<Class<?>> guessed = load(pkg + ".outputs." + simple);
    if (guessed.isPresent()) return guessed;
    for (String candidate : simpleNames().getOrDefault(simple, List.of())) {
      if (candidate.startsWith(pkg + ".") && candidate.contains(".outputs.")) {
        Optional<Class<?>> c = load(candidate);
        if (c.isPresent()) return c;
      }
    }
    return Optional.empty();
  }

  private Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private Optional<Class<?>> findClass(String token) {
    String[] parts = token.split(":");
    if (parts.length != 3) return Optional.empty();
    String name = parts[2];
    String module = parts[1].contains("/") ? parts[1].substring(0, parts[1].indexOf('/')) : parts[1];
    String pkg = "com.pulumi." + parts[0].replace("-", "") + (module.equals("index") || module.isEmpty() ? "" : "." + module);
    Optional<Class<?>> guessed = declaring(pkg + "." + name, token);
    if (guessed.isPresent()) return guessed;
    for (String candidate : simpleNames().getOrDefault(name, List.of())) {
      Optional<Class<?>> c = declaring(candidate, token);
      if (c.isPresent()) return c;
    }
    return Optional.empty();
  }

  private Optional<Class<?>> declaring(String className, String token) {
    try {
      Class<?> c = Class.forName(className, false, loader);
      ResourceType rt = c.getAnnotation(ResourceType.class);
      return rt != null && rt.type().equals(token) ? Optional.of(c) : Optional.empty();
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  private static Map<String, Type> exports(Class<?> resourceClass) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Export e = f.getAnnotation(Export.class);
        if (e == null || f.getType() != Output.class) continue;
        String name = e.name().isEmpty() ? f.getName() : e.name();
        // the SDK's base Resource exports its URN, which the engine answers beside the outputs, not in them
        if (name.equals("urn") && c.getName().startsWith("com.pulumi.resources.")) continue;
        Type t = f.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        out.putIfAbsent(name, t);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Simple class name → fully qualified names, for the provider jars ({@code com/pulumi/...}) on the class path. */
  private Map<String, List<String>> simpleNames() {
    Map<String, List<String>> index = classesBySimpleName;
    if (index != null) return index;
    synchronized (this) {
      if (classesBySimpleName != null) return classesBySimpleName;
      Map<String, List<String>> built = new HashMap<>();
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        Path p = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) continue;
        try (JarFile jar = new JarFile(p.toFile())) {
          for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            String n = en.nextElement().getName();
            if (!n.startsWith("com/pulumi/") || !n.endsWith(".class") || n.contains("$")) continue;
            String cls = n.substring(0, n.length() - 6).replace('/', '.');
            built.computeIfAbsent(cls.substring(cls.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(cls);
          }
        } catch (IOException ignored) {
          // an unreadable jar declares nothing the planner can use
        }
      }
      classesBySimpleName = built;
      return built;
    }
  }
}
