package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes Pulumi writes that no fixture has verbatim: checkpoint v2, export v4, events as a JSON array. */
class FormatVariantsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void checkpointV2ReadsLikeV3() throws Exception {
    String v3 = Files.readString(Fixtures.file("pulumi-checkpoint-v3-aws-countdown.json"));
    StackSnapshot s = Readers.read(write("v2.json", v3.replaceFirst("\"version\": 3", "\"version\": 2")));
    assertEquals(InputFormat.CHECKPOINT, s.format());
    assertEquals(30, s.resources().size());
  }

  @Test
  void featuresBeforeVersionFourAreRefused() throws Exception {
    String v3 = Files.readString(Fixtures.file("pulumi-checkpoint-v3-aws-countdown.json"));
    Path f = write("v3f.json", v3.replaceFirst("\"version\": 3,", "\"version\": 3, \"features\": [\"refreshBeforeUpdate\"],"));
    InputException e = assertThrows(InputException.class, () -> Readers.read(f));
    assertTrue(e.getMessage().contains("$.features"), e.getMessage());
  }

  @Test
  void exportVersionFourWithAKnownFeature() throws Exception {
    String export = Files.readString(Fixtures.file("pulumi-aws-export-s3-bucket.json"));
    Path f = write("e4.json", export.replaceFirst("\"version\": 3,", "\"version\": 4, \"features\": [\"refreshBeforeUpdate\"],"));
    StackSnapshot s = Readers.read(f);
    assertEquals(InputFormat.EXPORT, s.format());
    assertEquals(3, s.resources().size());
    Path g = write("e4x.json", export.replaceFirst("\"version\": 3,", "\"version\": 4, \"features\": [\"quantumState\"],"));
    InputException e = assertThrows(InputException.class, () -> Readers.read(g));
    assertTrue(e.getMessage().contains("unknown state feature 'quantumState'"), e.getMessage());
  }

  @Test
  void eventsAsAJsonArrayReadLikeJsonLines() throws Exception {
    ObjectMapper m = new ObjectMapper();
    ArrayNode array = m.createArrayNode();
    for (String line : Files.readAllLines(Fixtures.file("pulumi-events-aws-eks-up.json"))) {
      if (!line.isBlank()) array.add(m.readTree(line));
    }
    StackSnapshot lines = Readers.read(Fixtures.file("pulumi-events-aws-eks-up.json"));
    StackSnapshot arr = Readers.read(write("events-array.json", array.toString()));
    assertEquals(InputFormat.EVENTS, arr.format());
    assertEquals(lines.resources().stream().map(ResourceState::urn).toList(), arr.resources().stream().map(ResourceState::urn).toList());
    assertEquals(lines.config(), arr.config());
  }

  @Test
  void aSingleEventIsAnEventStreamButOneCutShortIsRefused() throws Exception {
    // issue 13: a stream with no summaryEvent (or no resource event) is cut short and fails closed
    Path f = write("one.json", "{\"sequence\":0,\"timestamp\":0,\"preludeEvent\":{\"config\":{\"aws:region\":\"eu-west-1\"}}}");
    InputException e = assertThrows(InputException.class, () -> Readers.read(f));
    assertTrue(e.getMessage().contains("no summaryEvent"), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }

  @Test
  void aLineThatIsNotAnEventIsNamedByLine() throws Exception {
    Path f = write("mixed.json", "{\"sequence\":0,\"preludeEvent\":{\"config\":{}}}\n{\"sequence\":1,\"somethingElse\":1}\n");
    InputException e = assertThrows(InputException.class, () -> Readers.read(f));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
