package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderErrorsTest {
  @TempDir Path dir;

  private InputException fails(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return fails(f, Optional.empty());
  }

  private static InputException fails(Path f, Optional<InputFormat> forced) {
    InputException e = assertThrows(InputException.class, () -> Readers.read(f, forced));
    assertTrue(e.getMessage().startsWith(f.toString() + ": "), "names the file: " + e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertEquals(0, e.getStackTrace().length, "no stack trace is recorded");
    return e;
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws IOException {
    InputException e = fails("bad.json", "{\n  \"version\": 3,\n  \"deployment\": {,}\n}\n");
    assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void aNumberOutOfRangeIsNamedByItsPathOnOneLineWhateverItsKey() throws IOException {
    // the key holds a line break, a quote and a backslash: escaped as JSON escapes them
    InputException e = fails("range.json", "{\"version\": 3, \"deployment\": {\"x\\n\\\"\\\\y\": [1, 2e99999]}}");
    assertTrue(e.getMessage().contains("$.deployment[\"x\\n\\\"\\\\y\"][1]"), e.getMessage());
    assertTrue(e.getMessage().contains("number out of range"), e.getMessage());
  }

  @Test
  void truncatedFileIsNamedAsTruncated() throws IOException {
    String whole = Files.readString(Fixtures.file("pulumi-aws-export-kms-key.json"));
    InputException e = fails("cut.json", whole.substring(0, whole.length() / 2));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.getMessage().matches(".*line \\d+, column \\d+.*"), e.getMessage());
  }

  @Test
  void truncatedEventStreamLine() throws IOException {
    String whole = Files.readString(Fixtures.file("pulumi-events-aws-eks-up.json"));
    InputException e = fails("events.json", whole.substring(0, whole.length() - 40));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path f = dir.resolve("latin1.json");
    // "caf\u00e9" in ISO-8859-1: a lone 0xE9 byte is malformed UTF-8
    Files.write(f, new byte[] {'{', '"', 'n', '"', ':', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '}'});
    InputException e = fails(f, Optional.empty());
    assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
  }

  @Test
  void aReplacementCharacterInTheTextIsNotMistakenForBadBytes() throws IOException {
    // U+FFFD written as proper UTF-8 is valid text: the file reads (and fails only on its format)
    InputException e = fails("fffd.json", "{\"note\": \"\uFFFD\"}");
    assertTrue(e.getMessage().contains("unknown format"), e.getMessage());
  }

  @Test
  void unknownFormatSaysWhatIsExpected() throws IOException {
    InputException e = fails("other.json", "{\"hello\": \"world\"}");
    assertTrue(e.getMessage().contains("unknown format"), e.getMessage());
    assertTrue(e.getMessage().contains("rampart-plan/v1"), e.getMessage());
    assertTrue(e.getMessage().contains("steps"), e.getMessage());
  }

  @Test
  void unknownStateFeatureIsRefusedByName() throws IOException {
    String v4 = Files.readString(Fixtures.file("pulumi-checkpoint-v4-aws-countdown.json"))
        .replace("\"features\": [\"refreshBeforeUpdate\"]", "\"features\": [\"refreshBeforeUpdate\", \"teleportation\"]");
    assertTrue(v4.contains("teleportation"));
    InputException e = fails("v4.json", v4);
    assertTrue(e.getMessage().contains("unknown state feature 'teleportation'"), e.getMessage());
    assertTrue(e.getMessage().contains("$.features[1]"), e.getMessage());
  }

  @Test
  void newerSchemaVersionIsRefused() throws IOException {
    InputException e = fails("v9.json", "{\"version\": 9, \"deployment\": {\"resources\": []}}");
    assertTrue(e.getMessage().contains("$.version"), e.getMessage());
    assertTrue(e.getMessage().contains("unsupported export schema version 9"), e.getMessage());
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    assertTrue(fails("empty.json", "").getMessage().contains("is empty"));
    assertTrue(fails("blank.json", " \n\t\n").getMessage().contains("is empty"));
  }

  @Test
  void directoryInsteadOfFile() {
    InputException e = fails(dir, Optional.empty());
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  @Test
  void missingFile() {
    InputException e = fails(dir.resolve("nope.json"), Optional.empty());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void wrongShapeNamesTheJsonPath() throws IOException {
    InputException e = fails("steps.json", "{\"steps\": [{\"op\": \"create\", \"urn\": 42}]}");
    assertTrue(e.getMessage().contains("$.steps[0].urn"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a string"), e.getMessage());
    InputException op = fails("op.json", "{\"steps\": [{\"op\": \"explode\", \"urn\": \"urn:pulumi:s::p::t:m:T::n\"}]}");
    assertTrue(op.getMessage().contains("unknown step operation 'explode'"), op.getMessage());
  }

  @Test
  void forcingTheWrongFormatFailsPrecisely() {
    InputException e = fails(Fixtures.file("stratify-aws-sample-export.json"), Optional.of(InputFormat.PREVIEW));
    assertTrue(e.getMessage().contains("$.steps"), e.getMessage());
    InputException c = fails(Fixtures.file("stratify-aws-sample-export.json"), Optional.of(InputFormat.CHECKPOINT));
    assertTrue(c.getMessage().contains("$.checkpoint"), c.getMessage());
  }

  @Test
  void unsupportedPlanVersion() throws IOException {
    InputException e = fails("plan.json", "{\"format\": \"rampart-plan/v2\", \"stack\": {}, \"resources\": []}");
    assertTrue(e.getMessage().contains("unsupported plan format 'rampart-plan/v2'"), e.getMessage());
  }

  @Test
  void trailingGarbageAfterAState() throws IOException {
    InputException e = fails("two.json", "{\"version\":3,\"deployment\":{}}\n{\"x\":1}\n");
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void errorsDoNotEchoFileContent() throws IOException {
    InputException e = fails("leak.json", "{\"version\": 3, \"deployment\": {\"password\": hunter2secretvalue}}");
    assertFalse(e.getMessage().contains("hunter2secretvalue"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
  }

  @Test
  void previewWithoutStepsIsAnEmptyPreview() throws IOException {
    Path f = dir.resolve("nochange.json");
    Files.writeString(f, "{\"config\": {\"aws:region\": \"eu-central-1\"}, \"changeSummary\": {}, \"duration\": 1}");
    StackSnapshot s = Readers.read(f);
    assertEquals(InputFormat.PREVIEW, s.format());
    assertTrue(s.resources().isEmpty());
    assertEquals("eu-central-1", s.config().get("aws:region"));
  }
}
