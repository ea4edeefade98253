package eu.rampart.cli.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.ExitCodes;
import eu.rampart.cli.support.Cli;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rego eval -d/-b` load files as OPA's loader and bundle reader do (v1/loader, v1/bundle). */
class RegoLoadingTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  /** The value of the query's single expression, via --format values. */
  private static Value value(Cli.Run r) {
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    // --format values prints one JSON array of expression values per result
    return ((ArrayValue) Json.parse(r.out())).get(0);
  }

  private static Cli.Run eval(String... args) {
    String[] full = new String[args.length + 3];
    full[0] = "eval";
    full[1] = "-f";
    full[2] = "values";
    System.arraycopy(args, 0, full, 3, args.length);
    return Cli.command("rego", full);
  }

  @Test
  void aJsonDataFileLoadsItsFirstValueAndSaysWhatItIgnored() throws Exception {
    // OPA 0.x's loader decoded one value per data file; real projects tested on it ship such files
    Path f = write("d/x.json", "{\"a\": 1}\n{\"b\": 2}\n");
    Cli.Run r = eval("-d", f.toString(), "data");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertEquals(Json.parse("{\"a\": 1}"), value(r));
    assertTrue(r.err().contains(f + ":2:1: warning: only the first JSON value is loaded, what follows from '{' on is ignored"), r.err());
  }

  @Test
  void aDataFileWhoseFirstValueIsMalformedIsRefused() throws Exception {
    Path f = write("d/x.json", "{\"a\": }\n");
    Cli.Run r = eval("-d", f.toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains(f + ":1:"), r.err());
  }

  @Test
  void aTrailingNullIsTheOneValueOpaLetsThrough() throws Exception {
    // Go's Decoder.Token returns null as a nil token, which util.UnmarshalJSON cannot tell from the end
    Path f = write("d/x.json", "{\"a\": 1} null");
    assertEquals(Json.parse("1"), value(eval("-d", f.toString(), "data.a")));
  }

  @Test
  void yamlDataIsTheFirstDocumentAndUnknownTagsAreText() throws Exception {
    Path f = write("d/cfn.yaml", "Resources:\n  B:\n    Name: !Ref Other\n    Arn: !GetAtt [X, Arn]\n---\nsecond: doc\n");
    assertEquals(Json.parse("{\"Resources\": {\"B\": {\"Name\": \"Other\", \"Arn\": [\"X\", \"Arn\"]}}}"),
        value(eval("-d", f.toString(), "data")));
  }

  @Test
  void dataNestsByDirectoryAndPrefixPlacesIt() throws Exception {
    write("d/top.yml", "a: 1\n");
    write("d/x/y/anything.json", "{\"b\": 2}");
    assertEquals(Json.parse("[1, 2]"), value(eval("-d", dir.resolve("d").toString(), "[data.a, data.x.y.b]")));
    assertEquals(Json.parse("2"), value(eval("-d", "p.q:" + dir.resolve("d"), "data.p.q.x.y.b")));
  }

  @Test
  void twoFilesSettingOneKeyConflictEvenWithEqualValues() throws Exception {
    write("d/one.json", "{\"a\": {\"k\": 1}}");
    write("d/two.json", "{\"a\": {\"k\": 1}}");
    Cli.Run r = eval("-d", dir.resolve("d").toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains("two.json: merge error: data at /a/k is already set"), r.err());
  }

  @Test
  void ignoreSkipsNamesBelowTheGivenPaths() throws Exception {
    write("p/policy.rego", "package p\n\nx := 1\n");
    write("p/target/classes/copy.rego", "package p\n\nx := 2\n");
    write("p/gen_broken.rego", "package p\nthis is not rego\n");
    write("p/notes.txt", "not loaded: not a known type inside a directory");
    Cli.Run bad = eval("-d", dir.resolve("p").toString(), "data.p.x");
    assertEquals(ExitCodes.EVALUATION_ERROR, bad.exitCode(), bad.out());
    Cli.Run r = eval("--ignore", "target,gen_*", "-d", dir.resolve("p").toString(), "data.p.x");
    assertEquals(Json.parse("1"), value(r));
    // a path given on the command line is loaded even when its own name matches
    assertEquals(Json.parse("2"), value(eval("--ignore", "target", "-d", dir.resolve("p/target").toString(), "data.p.x")));
  }

  @Test
  void v1IsTheDefaultAndV0CompatibleParsesOldModules() throws Exception {
    Path v0 = write("v0.rego", "package p\n\ndeny[msg] {\n\tmsg := \"x\"\n}\n");
    assertEquals(ExitCodes.EVALUATION_ERROR, eval("-d", v0.toString(), "data.p.deny").exitCode());
    assertEquals(Json.parse("[\"x\"]"), value(eval("--v0-compatible", "-d", v0.toString(), "data.p.deny")));
    // a v0 module that imports rego.v1 uses the v1 keywords
    Path mixed = write("m.rego", "package m\n\nimport rego.v1\n\nallow if input.x in {1, 2}\n");
    assertEquals(Json.parse("true"), value(eval("--v0-compatible", "-d", mixed.toString(), "data.m.allow with input as {\"x\": 2}")));
    // ... and must follow v1's rules, as OPA reads such a module (RegoV0CompatV1)
    Path strict = write("s.rego", "package s\n\nimport rego.v1\n\nallow {\n\ttrue\n}\n");
    Cli.Run r = eval("--v0-compatible", "-d", strict.toString(), "data.s.allow");
    assertEquals(ExitCodes.EVALUATION_ERROR, r.exitCode(), r.out());
    assertTrue(r.err().contains("`if` keyword is required before rule body"), r.err());
  }

  @Test
  void bundleManifestRegoVersionAndPerFileVersionsDecide() throws Exception {
    write("b/.manifest", "{\"roots\": [\"old\", \"new\"], \"rego_version\": 0, \"file_rego_versions\": {\"/new/*.rego\": 1}}");
    write("b/old/p.rego", "package old\n\nallow[x] {\n\tx := 1\n}\n");
    write("b/new/p.rego", "package new\n\nallow contains x if x := 2\n");
    write("b/old/data.json", "{\"limit\": 3}");
    write("b/old/other.json", "{\"not\": \"data in a bundle\"}");
    Cli.Run r = eval("-b", dir.resolve("b").toString(), "[data.old.allow, data.new.allow, data.old.limit, object.get(data.old, \"not\", 0)]");
    assertEquals(Json.parse("[[1], [2], 3, 0]"), value(r));
  }

  @Test
  void bundleRootsMustHoldEveryPackageAndDataPath() throws Exception {
    write("b/.manifest", "{\"roots\": [\"a\"]}");
    write("b/b/p.rego", "package b\n\nx := 1\n");
    Cli.Run r = eval("-b", dir.resolve("b").toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains("manifest roots [a] do not permit package 'b'"), r.err());
    Files.delete(dir.resolve("b/b/p.rego"));
    write("b/c/data.json", "{\"y\": 1}");
    Cli.Run d = eval("-b", dir.resolve("b").toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, d.exitCode());
    assertTrue(d.err().contains("do not permit data at path '/c'"), d.err());
  }

  @Test
  void bundlesWithOverlappingRootsAreRefused() throws Exception {
    write("one/.manifest", "{\"roots\": [\"a\"]}");
    write("two/.manifest", "{\"roots\": [\"a/b\"]}");
    Cli.Run r = eval("-b", dir.resolve("one").toString(), "-b", dir.resolve("two").toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains("overlapping roots 'a' and 'a/b'"), r.err());
  }

  @Test
  void tarballBundlesLoadLikeDirectories() throws Exception {
    Path tgz = dir.resolve("bundle.tar.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
      tarEntry(out, "/.manifest", "{\"roots\": [\"t\"]}");
      tarEntry(out, "/t/p.rego", "package t\n\nv := data.t.n + 1\n");
      tarEntry(out, "/t/data.json", "{\"n\": 41}");
      out.write(new byte[1024]);
    }
    assertEquals(Json.parse("42"), value(eval("-b", tgz.toString(), "data.t.v")));
    // found while walking a -d directory, a .tar.gz is a bundle too
    Files.createDirectories(dir.resolve("d"));
    Files.copy(tgz, dir.resolve("d/b.tar.gz"));
    assertEquals(Json.parse("42"), value(eval("-d", dir.resolve("d").toString(), "data.t.v")));
  }

  @Test
  void goNameMatchFollowsFilepathMatch() {
    assertTrue(GoNameMatch.matches("*.rego", "a.rego"));
    assertTrue(GoNameMatch.matches("target", "target"));
    assertTrue(GoNameMatch.matches("[a-c]?x", "bzx"));
    assertTrue(GoNameMatch.matches("[^a-c]x", "dx"));
    assertTrue(GoNameMatch.matches("\\*", "*"));
    assertTrue(!GoNameMatch.matches("*.rego", "a.regox"));
    assertTrue(!GoNameMatch.matches("[", "["), "a malformed pattern matches nothing");
    assertTrue(!GoNameMatch.matches("*a*a*a*a*a*a*a*a*b", "a".repeat(5000)));
  }

  /** One ustar entry: a 512-byte header (name, size in octal, checksum) and the padded body. */
  static void tarEntry(OutputStream out, String name, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", body.length));
    put(h, 136, "00000000000");
    h[156] = '0';
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) h[i] = ' ';
    int sum = 0;
    for (byte b : h) sum += b & 0xff;
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    out.write(h);
    out.write(body);
    out.write(new byte[(512 - body.length % 512) % 512]);
  }

  private static void put(byte[] h, int off, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, b.length);
  }

}
