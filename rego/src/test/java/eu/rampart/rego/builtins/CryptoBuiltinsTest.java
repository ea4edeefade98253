package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import org.junit.jupiter.api.Test;

/** Expected digests from OPA's crypto* conformance cases. */
class CryptoBuiltinsTest {
  private static final String MSG = "åäöçß🥲♙Ω";
  private static final String KEY = "秘密の";

  @Test
  void hashes() {
    assertCall("\"80a751fde577028640c419000e33eba6\"", "crypto.md5", "lorem ipsum");
    assertCall("\"bfb7759a67daeb65410490b4d98bb9da7d1ea2ce\"", "crypto.sha1", "lorem ipsum");
    assertCall("\"5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269\"", "crypto.sha256", "lorem ipsum");
  }

  @Test
  void hmacs() {
    assertCall("\"31b6db9e5eb4addb42f1a6ca07367adc\"", "crypto.hmac.md5", "foo", "bar");
    assertCall("\"20a8743c2157ac60b7e8b79c83651b8d\"", "crypto.hmac.md5", MSG, KEY);
    assertCall("\"85d155c55ed286a300bd1cf124de08d87e914f3a\"", "crypto.hmac.sha1", "foo", "bar");
    assertCall("\"81759c39013935fcf0de833d44c8018d7c1455dd\"", "crypto.hmac.sha1", MSG, KEY);
    assertCall("\"147933218aaabc0b8b10a2b3a5c34684c8d94341bcf10a4736dc7270f7741851\"", "crypto.hmac.sha256", "foo", "bar");
    assertCall("\"eb90daeb76d4b2571fbdaf94bbb240809faa8fed93ec0c260dd38c3fdf8d963a\"", "crypto.hmac.sha256", MSG, KEY);
    assertCall("\"24257d7210582a65c731ec55159c8184cc24c02489453e58587f71f44c23a2d61b4b72154a89d17b2d49448a8452ea066f4fc56a2bcead45c088572ffccdb3d8\"",
        "crypto.hmac.sha512", "foo", "bar");
    assertCall("\"192f5afded233d6e21427aa26ed267ac118cfa2971013d91cbed530c0b208d78138b83dfe1d6cc3553d7bd518f22a481402c723028e1279d1ffbe8f11ea6b125\"",
        "crypto.hmac.sha512", MSG, KEY);
  }

  @Test
  void emptyKeyIsAllowed() {
    // RFC 2104 test vector shape: HMAC-SHA256 with an empty key and empty message.
    assertCall("\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"", "crypto.hmac.sha256", "", "");
  }

  @Test
  void hmacEqual() {
    assertEquals(BooleanValue.TRUE, call("crypto.hmac.equal", "31b6db9e5eb4addb42f1a6ca07367adc", "31b6db9e5eb4addb42f1a6ca07367adc"));
    assertEquals(BooleanValue.TRUE, call("crypto.hmac.equal", "85d155c55ed286a300bd1cf124de08d87e914f3a", "85d155c55ed286a300bd1cf124de08d87e914f3a"));
    assertEquals(BooleanValue.FALSE, call("crypto.hmac.equal", "31b6db9e5eb4addb42f1a6ca07367adc", "31b6db9e5eb4addb"));
  }
}
