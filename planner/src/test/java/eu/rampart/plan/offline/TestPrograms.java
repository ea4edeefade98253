package eu.rampart.plan.offline;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.env.Environment;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;
import eu.rampart.rego.value.ObjectValue;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Test programs and corpus programs compiled once each with javac against one resolved class path
 * (target/test-programs.classpath: the SDK, aws 6.83.0, azure-native 2.10.0), then planned from
 * that class path exactly as `rampart plan --classpath` plans them, and checked with the pack.
 */
final class TestPrograms {
  static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  static final Path PLANNER = ROOT.resolve("planner");
  private static final Pattern GRADLE_MAIN = Pattern.compile(":\\s*'([\\w.$]+)'");
  private static RegoPolicyPack pack;

  private TestPrograms() {}

  static String dependencies() throws IOException {
    return Files.readString(PLANNER.resolve("target/test-programs.classpath"), StandardCharsets.UTF_8).trim();
  }

  /** Compiles the program's sources into a fresh directory under target/; returns that directory. */
  static Path compile(Path program) throws IOException {
    Path classes = PLANNER.resolve("target/test-programs").resolve(program.getFileName().toString()).resolve("classes");
    if (Files.exists(classes)) {
      try (Stream<Path> s = Files.walk(classes)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-nowarn", "-proc:none", "-encoding", "UTF-8", "-d", classes.toString(), "-cp", dependencies()));
    try (Stream<Path> s = Files.walk(program)) {
      // the program's main sources only (a project's own unit tests need JUnit, which the program does not)
      s.filter(p -> p.toString().endsWith(".java") && !program.relativize(p).toString().contains("src" + File.separator + "test" + File.separator))
          .forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok = javac.getTask(out, null, null, args.subList(0, 8), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(args.subList(8, args.size())))
        .call();
    if (!ok) throw new AssertionError(program.getFileName() + " does not compile:\n" + out);
    return classes;
  }

  /** The class the Pulumi CLI would run: the POM's exec main class, Gradle's application mainClass, a JBang script's class. */
  static String mainClass(Path program) throws Exception {
    if (Files.isRegularFile(program.resolve("pom.xml"))) return JavaProgram.mavenMainClass(program.resolve("pom.xml"));
    Path gradle = program.resolve("app/build.gradle");
    if (Files.isRegularFile(gradle)) {
      Matcher m = GRADLE_MAIN.matcher(Files.readString(gradle));
      if (m.find()) return m.group(1);
    }
    try (Stream<Path> s = Files.list(program.resolve("src"))) {
      Optional<Path> script = s.filter(p -> p.toString().endsWith(".java")).findFirst();
      if (script.isPresent()) return script.get().getFileName().toString().replace(".java", "");
    }
    throw new AssertionError("no main class for " + program);
  }

  static Path plan(Path program, Path output, Map<String, String> processEnv) throws Exception {
    Path classes = compile(program);
    Path envFile = ROOT.resolve("environments/prod.yaml");
    OfflinePlanner.Options options = OfflinePlanner.Options.defaults().withOutput(output)
        .withClasspath(classes + File.pathSeparator + dependencies()).withProgram(mainClass(program)).withStackName("prod");
    return OfflinePlanner.plan(program, "prod", new StackFileConfig(ROOT.resolve("environments"), envFile, processEnv), options, envFile);
  }

  static synchronized CheckResult check(Path plan) throws Exception {
    if (pack == null) pack = RegoPolicyPack.fromDirectory(ROOT.resolve("policies/rampart"));
    Environment env = Environment.named(ROOT, "prod");
    PolicyInputSource source = new PolicyInputSource() {
      @Override public String name() { return plan.toString(); }
      @Override public ObjectValue load() {
        return (ObjectValue) Normaliser.normalise(Readers.read(plan, Optional.of(InputFormat.RAMPART_PLAN))).value();
      }
    };
    return new Checker(pack).check(List.of(source), CheckEnvironment.of(env));
  }
}
