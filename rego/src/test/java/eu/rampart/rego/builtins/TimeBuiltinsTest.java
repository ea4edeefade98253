package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Values from conformance/opa-v1 time. */
class TimeBuiltinsTest {
  private static final TimeBuiltins F = new TimeBuiltins();

  private static Value parse(String layout, String value) { return call(F, "time.parse_ns", s(layout), s(value)); }

  @Test
  void nowIsTheQueryTime() {
    Ctx ctx = new Ctx();
    assertEquals(n(QUERY_TIME), call(ctx, F, "time.now_ns"));
    assertEquals(call(ctx, F, "time.now_ns"), call(ctx, F, "time.now_ns"));
  }

  @Test
  void parseNanosWithGoLayouts() {
    String rfc3339 = "2006-01-02T15:04:05Z07:00";
    assertEquals(n(1496455200000000000L), parse(rfc3339, "2017-06-02T19:00:00-07:00"));
    assertEquals(n(Long.MIN_VALUE), parse(rfc3339, "1677-09-21T00:12:43.145224192-00:00"));
    assertEquals(n(Long.MAX_VALUE), parse(rfc3339, "2262-04-11T23:47:16.854775807-00:00"));
    assertEquals(n(1496455200000000000L), parse("01/02 03:04:05PM '06 -0700", "06/02 07:00:00PM '17 -0700"));
    assertEquals(n(1496455200000000000L), parse("02 Jan 06 15:04 -0700", "02 Jun 17 19:00 -0700"));
    assertEquals(n(1496455200000000000L), parse("RFC822Z", "02 Jun 17 19:00 -0700"));
    assertEquals(n(1580515200000000000L), parse("2006-01-02", "2020-02-01"));
    builtinError("time outside of valid range", F, "time.parse_ns", s(rfc3339), s("1677-09-21T00:12:43.145224191-00:00"));
    builtinError("time outside of valid range", F, "time.parse_ns", s(rfc3339), s("2262-04-11T23:47:16.854775808-00:00"));
    builtinError("parsing time \"2020-13-01\": month out of range", F, "time.parse_ns", s("2006-01-02"), s("2020-13-01"));
    builtinError("parsing time \"2021-02-29\": day out of range", F, "time.parse_ns", s("2006-01-02"), s("2021-02-29"));
    builtinError("parsing time \"20x\" as \"2006\": cannot parse \"20x\" as \"2006\"", F, "time.parse_ns", s("2006"), s("20x"));
    // fractional seconds: optional ".999" takes every digit given; a seconds field takes them even without one in the layout
    assertEquals(n(1500000000L), parse("2006-01-02 15:04:05.999", "1970-01-01 00:00:01.5000000000001"));
    assertEquals(n(1123456789L), parse("2006-01-02 15:04:05 MST", "1970-01-01 00:00:01.123456789 UTC"));
    assertEquals(n(-7200000000000L), parse("2006-01-02 15:04 MST", "1970-01-01 00:00 GMT+2"));
    assertEquals(n(0), parse("2006-01-02 15:04 MST", "1970-01-01 00:00 CEST"));
    // offsets beyond java.time's ±18:00 are valid in Go
    assertEquals(n(-(24 * 3600L + 30 * 60) * 1_000_000_000L), parse("2006-01-02 15:04 -07:00", "1970-01-01 00:00 +24:30"));
    builtinError("parsing time \"1970-01-01 00:00 +25:00\": time zone offset out of range", F, "time.parse_ns",
        s("2006-01-02 15:04 -07:00"), s("1970-01-01 00:00 +25:00"));
    builtinError("parsing time \"1970-01-01 00:00 Cest\" as \"2006-01-02 15:04 MST\": cannot parse \"Cest\" as \"MST\"",
        F, "time.parse_ns", s("2006-01-02 15:04 MST"), s("1970-01-01 00:00 Cest"));
    // Go fills a missing year with 0, which is outside the int64 nanosecond range
    builtinError("time outside of valid range", F, "time.parse_ns", s("15:04"), s("10:30"));
  }

  @Test
  void parseRfc3339() {
    assertEquals(n(Long.MIN_VALUE), call(F, "time.parse_rfc3339_ns", s("1677-09-21T00:12:43.145224192-00:00")));
    assertEquals(n(0), call(F, "time.parse_rfc3339_ns", s("1970-01-01T00:00:00-00:00")));
    assertEquals(n(1496455200000000000L), call(F, "time.parse_rfc3339_ns", s("2017-06-02T19:00:00-07:00")));
    assertEquals(n(Long.MAX_VALUE), call(F, "time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775807-00:00")));
    assertEquals(n(1000), call(F, "time.parse_rfc3339_ns", s("1970-01-01T00:00:00.000001Z")));
    builtinError("time outside of valid range", F, "time.parse_rfc3339_ns", s("1677-09-21T00:12:43.145224191-00:00"));
    builtinError("time outside of valid range", F, "time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775808-00:00"));
  }

  @Test
  void parseDuration() {
    assertEquals(n(100000000), call(F, "time.parse_duration_ns", s("100ms")));
    assertEquals(n(5400000000000L), call(F, "time.parse_duration_ns", s("1h30m")));
    assertEquals(n(-1500000000), call(F, "time.parse_duration_ns", s("-1.5s")));
    assertEquals(n(1000), call(F, "time.parse_duration_ns", s("1\u00b5s")));
    assertEquals(n(0), call(F, "time.parse_duration_ns", s("0")));
    builtinError("time: missing unit in duration \"10\"", F, "time.parse_duration_ns", s("10"));
    builtinError("time: unknown unit \"d\" in duration \"1d\"", F, "time.parse_duration_ns", s("1d"));
    builtinError("time: invalid duration \"\"", F, "time.parse_duration_ns", s(""));
    builtinError("time: invalid duration \"3000000h\"", F, "time.parse_duration_ns", s("3000000h"));
  }

  @Test
  void dateClockWeekday() {
    assertEquals(j("[2018,2,5]"), call(F, "time.date", n(1517814000L * 1000 * 1000 * 1000)));
    assertEquals(j("[7,0,0]"), call(F, "time.clock", arr(n(1517832000L * 1000 * 1000 * 1000), s("America/New_York"))));
    assertEquals(j("[12,0,0]"), call(F, "time.clock", n(1582977600L * 1000 * 1000 * 1000)));
    assertEquals(s("Monday"), call(F, "time.weekday", n(1517832000000000000L)));
    assertEquals(s("Tuesday"), call(F, "time.weekday", n(1517918400000000000L)));
    assertEquals(s("Wednesday"), call(F, "time.weekday", n(1518004800000000000L)));
    assertEquals(s("Friday"), call(F, "time.weekday", n(1518177600000000000L)));
    assertEquals(s("Saturday"), call(F, "time.weekday", n(1518264000000000000L)));
    assertEquals(s("Sunday"), call(F, "time.weekday", n(1518350400000000000L)));
    Value tooBig = num("1582977600000000000000");
    builtinError("timestamp too big", F, "time.clock", tooBig);
    builtinError("timestamp too big", F, "time.weekday", tooBig);
    builtinError("timestamp too big", F, "time.date", tooBig);
    builtinError("unknown time zone Mars/Olympus", F, "time.date", arr(n(0), s("Mars/Olympus")));
    typeError("operand 1 must be either number (ns) or [number (ns), string (tz)] but got string", F, "time.date", s("x"));
  }

  @Test
  void addDate() {
    assertEquals(n(1551465221593912000L), call(F, "time.add_date", n(1585852421593912000L), n(-1), n(-1), n(-1)));
    builtinError("time outside of valid range", F, "time.add_date", n(Long.MIN_VALUE), n(0), n(0), n(-1));
    // Go normalises instead of clamping: 2021-01-31 + 1 month = 2021-03-03
    Value jan31 = parse("2006-01-02", "2021-01-31");
    assertEquals(parse("2006-01-02", "2021-03-03"), call(F, "time.add_date", jan31, n(0), n(1), n(0)));
  }

  @Test
  void diff() {
    long now = QUERY_TIME;
    assertEquals(j("[0,0,0,0,1,1]"), call(F, "time.diff", n(now + 61_000_000_000L), n(now)));
    assertEquals(j("[0,0,0,0,1,0]"), call(F, "time.diff", arr(n(now + 60_000_000_000L), s("UTC")), arr(n(now), s("Asia/Shanghai"))));
    assertEquals(j("[0,0,28,0,0,0]"), call(F, "time.diff", parse("2006-01-02", "2020-02-02"), parse("2006-01-02", "2020-03-01")));
    assertEquals(j("[0,0,27,0,0,0]"), call(F, "time.diff", parse("2006-01-02", "2021-02-02"), parse("2006-01-02", "2021-03-01")));
    assertEquals(j("[1,0,1,0,0,0]"), call(F, "time.diff", parse("2006-01-02", "2004-02-29"), parse("2006-01-02", "2005-03-01")));
  }

  @Test
  void format() {
    Value t = n(1670006453141828752L);
    assertEquals(s("2022-12-02T18:40:53.141828752Z"), call(F, "time.format", t));
    assertEquals(s("2022-12-03T00:10:53.141828752+05:30"), call(F, "time.format", arr(t, s("Asia/Kolkata"))));
    assertEquals(s("Sat Dec 03 00:10:53 +0530 2022"),
        call(F, "time.format", arr(t, s("Asia/Kolkata"), s("Mon Jan 02 15:04:05 -0700 2006"))));
    assertEquals(s("Sat, 03 Dec 2022 00:10:53 +0530"), call(F, "time.format", arr(t, s("Asia/Kolkata"), s("RFC1123Z"))));
    assertEquals(s("Dec  2 18:40:53.141"), call(F, "time.format", arr(t, s("UTC"), s("StampMilli"))));
    assertEquals(s("6:40PM"), call(F, "time.format", arr(t, s(""), s("Kitchen"))));
    builtinError("timestamp too big", F, "time.format", num("15829776000000000000000"));
  }

  @Test
  void formatGoLayoutElements() {
    Value paris = arr(n(1670006453141828752L), s("Europe/Paris"));
    java.util.function.Function<String, Value> fmt = layout ->
        call(F, "time.format", arr(n(1670006453141828752L), s("Europe/Paris"), s(layout)));
    assertEquals(s("Friday, 02-Dec-22 19:40:53 CET"), fmt.apply("RFC850"));
    assertEquals(s("2022-336 7:40:53 pm"), fmt.apply("2006-002 3:4:5 pm"));
    assertEquals(s("Dec  2 2022 .141828 +01"), fmt.apply("Jan _2 2006 .000000 -07"));
    assertEquals(s("+01:00:00 +010000 December Fri"), fmt.apply("Z07:00:00 -070000 January Mon"));
    assertEquals(s("19:40:53,14"), fmt.apply("15:04:05,99"));
    assertEquals(s("2022-12-02T19:40:53.141828752+01:00"), call(F, "time.format", paris));
    // a digit right after the zeros makes ".000" literal text, as in Go, and the "01" that ends it is the month
    assertEquals(s(".0012"), fmt.apply(".0001"));
  }

  @Test
  void formatThenParseRoundTrips() {
    for (String layout : new String[] {"RFC3339Nano", "RFC1123Z", "RubyDate", "2006-01-02 15:04:05.000000000 -07:00"}) {
      Value text = call(F, "time.format", arr(n(1670006453141828752L), s("Europe/Paris"), s(layout)));
      Value back = parse(layout, ((eu.rampart.rego.value.StringValue) text).value());
      long diff = Math.abs(((eu.rampart.rego.value.NumberValue) back).longValue() - 1670006453141828752L);
      assertTrue(diff < 1_000_000_000L, layout + " -> " + text);
    }
    assertThrows(BuiltinError.class, () -> parse("2006-01-02", "2021-01-01 extra"));
  }

  /** time.format and time.parse_ns invert each other over the whole int64 range, in many zones. */
  @Test
  void formatParseRoundTripOverTheRange() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    String[] zones = {"UTC", "Europe/Paris", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Australia/Lord_Howe"};
    for (int k = 0; k < 3000; k++) {
      long ns = rnd.nextLong();
      String zone = zones[rnd.nextInt(zones.length)];
      // offsets with seconds (local mean time before 1900-ish) need the seconds in the layout to round-trip
      String layout = "2006-01-02T15:04:05.999999999Z07:00:00";
      Value text = call(F, "time.format", arr(n(ns), s(zone), s(layout)));
      assertEquals(n(ns), parse(layout, ((eu.rampart.rego.value.StringValue) text).value()), zone + " " + text);
    }
  }
}
