package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ENC-1/2/3 and DATA-1/3: buckets, keys, database and listeners. */
class EncryptionTest {
  private static final String SSE = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
  private static final String KEY = "aws:kms/key:Key";

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyBucketIsSseKmsWithARotatingKey(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> buckets = plan.ofType("aws:s3/bucketV2:BucketV2");
    assertFalse(buckets.isEmpty());
    assertAll(buckets.stream().map(b -> (Executable) () -> {
      Optional<Map<String, Object>> sse = plan.ofType(SSE).stream()
          .filter(s -> b.get("id").equals(Plan.inputs(s).get("bucket"))).findFirst();
      assertTrue(sse.isPresent(), Plan.urn(b) + " has no server-side encryption configuration");
      Object rule = Plan.at(Plan.inputs(sse.get()), "rules", 0);
      assertEquals("aws:kms", Plan.at(rule, "applyServerSideEncryptionByDefault", "sseAlgorithm"), Plan.urn(b) + " algorithm");
      assertEquals(true, Plan.at(rule, "bucketKeyEnabled"), Plan.urn(b) + " bucket key");
      Object keyArn = Plan.at(rule, "applyServerSideEncryptionByDefault", "kmsMasterKeyId");
      Optional<Map<String, Object>> key = plan.byOutput(KEY, "arn", keyArn);
      assertTrue(key.isPresent(), Plan.urn(b) + " is encrypted with " + keyArn + ", which is not a key of this stack");
      assertEquals(true, Plan.inputs(key.get()).get("enableKeyRotation"), Plan.urn(key.get()) + " rotation");
      assertEquals(b.get("region"), key.get().get("region"), Plan.urn(b) + " key in another region");
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void keysRotateAndWaitThirtyDaysBeforeDeletion(String env) {
    Plan plan = Plan.of(env);
    assertAll(plan.ofType(KEY).stream().map(k -> (Executable) () -> {
      assertEquals(true, Plan.inputs(k).get("enableKeyRotation"), Plan.urn(k) + " rotation");
      assertTrue(Plan.number(Plan.inputs(k).get("deletionWindowInDays")) >= 30, Plan.urn(k) + " deletion window");
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void bucketsArePrivateVersionedAndRefusePlainHttp(String env) {
    Plan plan = Plan.of(env);
    assertAll(plan.ofType("aws:s3/bucketV2:BucketV2").stream().map(b -> (Executable) () -> {
      Object id = b.get("id");
      Map<String, Object> block = plan.ofType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").stream()
          .filter(x -> id.equals(Plan.inputs(x).get("bucket"))).findFirst()
          .orElseThrow(() -> new AssertionError(Plan.urn(b) + " has no public access block"));
      for (String flag : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
        assertEquals(true, Plan.inputs(block).get(flag), Plan.urn(b) + " " + flag);
      }
      Map<String, Object> versioning = plan.ofType("aws:s3/bucketVersioningV2:BucketVersioningV2").stream()
          .filter(x -> id.equals(Plan.inputs(x).get("bucket"))).findFirst()
          .orElseThrow(() -> new AssertionError(Plan.urn(b) + " has no versioning"));
      assertEquals("Enabled", Plan.at(Plan.inputs(versioning), "versioningConfiguration", "status"), Plan.urn(b));
      Map<String, Object> policy = plan.ofType("aws:s3/bucketPolicy:BucketPolicy").stream()
          .filter(x -> id.equals(Plan.inputs(x).get("bucket"))).findFirst()
          .orElseThrow(() -> new AssertionError(Plan.urn(b) + " has no bucket policy"));
      String doc = (String) Plan.inputs(policy).get("policy");
      assertTrue(doc.contains("\"Effect\":\"Deny\"") && doc.contains("\"aws:SecureTransport\":\"false\""),
          Plan.urn(b) + " policy does not deny plain HTTP: " + doc);
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void databaseIsEncryptedAndPrivate(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> dbs = plan.ofType("aws:rds/instance:Instance");
    assertEquals(1, dbs.size());
    Map<String, Object> db = dbs.get(0);
    Map<String, Object> in = Plan.inputs(db);
    assertAll(() -> assertEquals(true, in.get("storageEncrypted"), Plan.urn(db)),
        () -> assertTrue(plan.byOutput(KEY, "arn", in.get("kmsKeyId")).isPresent(), Plan.urn(db) + " key " + in.get("kmsKeyId")),
        () -> assertEquals(false, in.get("publiclyAccessible"), Plan.urn(db)),
        () -> assertEquals(plan.setting("aws.databaseMultiAz"), in.get("multiAz"), Plan.urn(db)),
        () -> assertEquals(plan.setting("production"), in.get("deletionProtection"), Plan.urn(db)),
        () -> assertEquals(plan.setting("aws.databaseInstanceClass"), in.get("instanceClass"), Plan.urn(db)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void listenersAreTlsOrRedirectOnly(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> listeners = plan.ofType("aws:lb/listener:Listener");
    assertEquals(2, listeners.size());
    assertAll(listeners.stream().map(l -> (Executable) () -> {
      Map<String, Object> in = Plan.inputs(l);
      if ("HTTPS".equals(in.get("protocol"))) {
        assertEquals("ELBSecurityPolicy-TLS13-1-2-2021-06", in.get("sslPolicy"), Plan.urn(l));
      } else {
        assertEquals(80.0, Plan.number(in.get("port")), Plan.urn(l) + " plain listener on another port");
        assertEquals("redirect", Plan.at(in, "defaultActions", 0, "type"), Plan.urn(l) + " does not only redirect");
        assertEquals("HTTPS", Plan.at(in, "defaultActions", 0, "redirect", "protocol"), Plan.urn(l));
        assertEquals("443", Plan.at(in, "defaultActions", 0, "redirect", "port"), Plan.urn(l));
      }
    }));
  }
}
