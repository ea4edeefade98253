package eu.rampart.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrnGlobTest {
  static final String URN = "urn:pulumi:prod::aws-landing-zone::rampart:aws:EncryptedBucket$aws:s3/bucketV2:BucketV2::documents";

  @Test
  void doubleStarCrossesUrnParts() {
    assertTrue(UrnGlob.compile("**").matches(URN));
    assertTrue(UrnGlob.compile("urn:pulumi:prod::**::documents").matches(URN));
    assertFalse(UrnGlob.compile("urn:pulumi:dev::**").matches(URN));
  }

  @Test
  void singleStarStaysWithinOnePart() {
    assertTrue(UrnGlob.compile("urn:pulumi:prod::aws-landing-zone::*::documents").matches(URN));
    assertFalse(UrnGlob.compile("urn:pulumi:prod::*::documents").matches(URN), "* must not cross '::'");
    assertTrue(UrnGlob.compile("urn:pulumi:*::aws-landing-zone::*::doc*").matches(URN));
  }

  @Test
  void questionMarkIsOneCharacterAndRegexCharactersAreLiteral() {
    assertTrue(UrnGlob.compile(URN.replace("documents", "documen?s")).matches(URN));
    assertFalse(UrnGlob.compile(URN.replace("documents", "documen?")).matches(URN));
    // '$' and '.' in a URN are literal, not regex syntax
    assertFalse(UrnGlob.compile("urn:pulumi:prod::aws-landing-zone::rampart:aws:EncryptedBucket.aws:s3/bucketV2:BucketV2::documents").matches(URN));
    assertTrue(UrnGlob.compile(URN).matches(URN));
  }
}
