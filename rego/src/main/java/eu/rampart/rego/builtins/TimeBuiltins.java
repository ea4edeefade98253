package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * time.*: nanosecond timestamps as OPA keeps them (int64 ns since the epoch), Go layouts and
 * durations, IANA time zones and "Local".
 */
public final class TimeBuiltins implements BuiltinFamily {
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);
  private static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
  private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
  /** ns or [ns, tz(, layout)]: checked in the body, whose message is OPA's ("either number (ns) or ..."). */
  private static final Type TIME_OPERAND = Type.ANY;
  private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();
  private static final ConcurrentHashMap<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  @Override
  public void register(BuiltinRegistry r) {
    r.registerNondeterministic("time.now_ns", List.of(), Type.NUMBER, (c, a) -> NumberValue.of(c.queryTimeNanos()));
    r.register("time.parse_ns", List.of(Type.STRING, Type.STRING), Type.NUMBER,
        (c, a) -> parse(GoTimeLayout.resolve(Args.string(a, 0)), Args.string(a, 1)));
    r.register("time.parse_rfc3339_ns", List.of(Type.STRING), Type.NUMBER, (c, a) -> parse(RFC3339, Args.string(a, 0)));
    r.register("time.parse_duration_ns", List.of(Type.STRING), Type.NUMBER,
        (c, a) -> NumberValue.of(GoDuration.parse(Args.string(a, 0))));
    r.register("time.date", List.of(TIME_OPERAND), Type.ARRAY, (c, a) -> {
      ZonedDateTime t = time(a[0]).t;
      return ArrayValue.of(NumberValue.of(t.getYear()), NumberValue.of(t.getMonthValue()), NumberValue.of(t.getDayOfMonth()));
    });
    r.register("time.clock", List.of(TIME_OPERAND), Type.ARRAY, (c, a) -> {
      ZonedDateTime t = time(a[0]).t;
      return ArrayValue.of(NumberValue.of(t.getHour()), NumberValue.of(t.getMinute()), NumberValue.of(t.getSecond()));
    });
    r.register("time.weekday", List.of(TIME_OPERAND), Type.STRING,
        (c, a) -> StringValue.of(time(a[0]).t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    r.register("time.add_date", List.of(Type.NUMBER, Type.NUMBER, Type.NUMBER, Type.NUMBER), Type.NUMBER, (c, a) -> addDate(a));
    r.register("time.diff", List.of(TIME_OPERAND, TIME_OPERAND), Type.ARRAY, (c, a) -> diff(a));
    r.register("time.format", List.of(TIME_OPERAND), Type.STRING, (c, a) -> {
      Timed t = time(a[0]);
      return StringValue.of(GoTimeLayout.format(t.t, t.layout));
    });
  }

  private static Value parse(String layout, String value) {
    GoTimeLayout.Parsed p;
    try {
      p = GoTimeLayout.parse(layout, value);
    } catch (GoTimeLayout.ParseException e) {
      throw new BuiltinError(e.getMessage());
    }
    // Go accepts offsets up to 24:59:59, beyond java.time's ±18:00, so the offset is applied by hand
    long offset = p.offsetSeconds() == null ? 0 : p.offsetSeconds();
    long seconds = p.local().toEpochSecond(ZoneOffset.UTC) - offset;
    return NumberValue.of(nanos(Instant.ofEpochSecond(seconds, p.local().getNano())));
  }

  /** ns since the epoch, or "time outside of valid range" when that does not fit an int64 as in Go. */
  static long nanos(Instant i) {
    BigInteger ns = BigInteger.valueOf(i.getEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(i.getNano()));
    if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) throw new BuiltinError("time outside of valid range");
    return ns.longValue();
  }

  private record Timed(ZonedDateTime t, String layout) {}

  private static final String TIME_TYPE = "either number (ns) or [number (ns), string (tz)]";

  /** A time operand: ns, or [ns, tz] or [ns, tz, layout] (time.format). */
  private static Timed time(Value v) {
    Value ns;
    ZoneId zone = ZoneOffset.UTC;
    String layout = RFC3339_NANO;
    if (v instanceof ArrayValue arr) {
      if (arr.size() == 0) throw Args.typeError(0, TIME_TYPE, v);
      ns = arr.get(0);
      if (arr.size() > 1) {
        if (!(arr.get(1) instanceof StringValue tz)) throw Args.typeError(0, "string", arr.get(1));
        zone = zone(tz.value());
      }
      if (arr.size() > 2) {
        if (!(arr.get(2) instanceof StringValue l)) throw Args.typeError(0, "string", arr.get(2));
        layout = GoTimeLayout.resolve(l.value());
      }
    } else if (v instanceof NumberValue) {
      ns = v;
    } else {
      throw Args.typeError(0, TIME_TYPE, v);
    }
    if (!(ns instanceof NumberValue n)) throw Args.typeError(0, "number", ns);
    if (!n.isLong()) throw new BuiltinError("timestamp too big");
    return new Timed(Instant.EPOCH.plusNanos(n.longValue()).atZone(zone), layout);
  }

  /** Go's time.LoadLocation: "" and "UTC" are UTC, "Local" the machine's zone, else an IANA name. */
  static ZoneId zone(String name) {
    if (name.isEmpty() || name.equals("UTC")) return ZoneOffset.UTC;
    if (name.equals("Local")) return ZoneId.systemDefault();
    ZoneId z = ZONES.get(name);
    if (z != null) return z;
    if (!ZONE_IDS.contains(name)) throw new BuiltinError("unknown time zone " + name);
    try {
      z = ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new BuiltinError("unknown time zone " + name);
    }
    ZONES.put(name, z);
    return z;
  }

  /** Go's AddDate: months and days overflow into the next unit (Oct 31 + 1 month = Dec 1). */
  private static Value addDate(Value[] a) {
    NumberValue n = Args.number(a, 0);
    if (!n.isLong()) throw new BuiltinError("timestamp too big");
    long years = longOperand(a, 1), months = longOperand(a, 2), days = longOperand(a, 3);
    LocalDateTime t = LocalDateTime.ofInstant(Instant.EPOCH.plusNanos(n.longValue()), ZoneOffset.UTC);
    try {
      long totalMonths = (long) t.getYear() * 12 + (t.getMonthValue() - 1) + years * 12 + months;
      LocalDate first = LocalDate.of(Math.toIntExact(Math.floorDiv(totalMonths, 12)), (int) Math.floorMod(totalMonths, 12) + 1, 1);
      LocalDate date = first.plusDays(t.getDayOfMonth() - 1L + days);
      return NumberValue.of(nanos(date.atTime(t.toLocalTime()).toInstant(ZoneOffset.UTC)));
    } catch (DateTimeException | ArithmeticException e) {
      throw new BuiltinError("time outside of valid range");
    }
  }

  private static long longOperand(Value[] a, int i) {
    NumberValue n = Args.number(a, i);
    if (!n.isInteger()) throw new BuiltinTypeError("operand " + (i + 1) + " must be integer number but got floating-point number");
    if (!n.isLong()) throw new BuiltinError("operand " + (i + 1) + " is out of range");
    return n.longValue();
  }

  /** [years, months, days, hours, minutes, seconds] between two times, as OPA's time.diff computes it. */
  private static Value diff(Value[] a) {
    ZonedDateTime t1 = time(a[0]).t, t2 = time(a[1]).t;
    // both in the first operand's zone, then ordered, as OPA does
    t2 = t2.withZoneSameInstant(t1.getZone());
    if (t1.isAfter(t2)) {
      ZonedDateTime tmp = t1;
      t1 = t2;
      t2 = tmp;
    }
    int year = t2.getYear() - t1.getYear();
    int month = t2.getMonthValue() - t1.getMonthValue();
    int day = t2.getDayOfMonth() - t1.getDayOfMonth();
    int hour = t2.getHour() - t1.getHour();
    int min = t2.getMinute() - t1.getMinute();
    int sec = t2.getSecond() - t1.getSecond();
    if (sec < 0) { sec += 60; min--; }
    if (min < 0) { min += 60; hour--; }
    if (hour < 0) { hour += 24; day--; }
    if (day < 0) {
      day += java.time.YearMonth.of(t1.getYear(), t1.getMonthValue()).lengthOfMonth();
      month--;
    }
    if (month < 0) { month += 12; year--; }
    return ArrayValue.of(NumberValue.of(year), NumberValue.of(month), NumberValue.of(day),
        NumberValue.of(hour), NumberValue.of(min), NumberValue.of(sec));
  }

  /** Go's time.ParseDuration. */
  static final class GoDuration {
    private GoDuration() {}

    private static final BigDecimal MAX = new BigDecimal(Long.MAX_VALUE);

    static long parse(String s) {
      String orig = s;
      boolean neg = false;
      if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
        neg = s.charAt(0) == '-';
        s = s.substring(1);
      }
      if (s.equals("0")) return 0;
      if (s.isEmpty()) throw invalid(orig);
      BigDecimal total = BigDecimal.ZERO;
      while (!s.isEmpty()) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        String whole = s.substring(0, i);
        String frac = "";
        boolean dot = i < s.length() && s.charAt(i) == '.';
        if (dot) {
          int j = i + 1;
          while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
          frac = s.substring(i + 1, j);
          i = j;
        }
        if (whole.isEmpty() && frac.isEmpty()) throw invalid(orig);
        int u = i;
        while (u < s.length() && s.charAt(u) != '.' && !Character.isDigit(s.charAt(u))) u++;
        String unit = s.substring(i, u);
        if (unit.isEmpty()) throw new BuiltinError("time: missing unit in duration " + quote(orig));
        long scale = switch (unit) {
          case "ns" -> 1L;
          case "us", "\u00b5s", "\u03bcs" -> 1_000L;
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "m" -> 60_000_000_000L;
          case "h" -> 3_600_000_000_000L;
          default -> throw new BuiltinError("time: unknown unit " + quote(unit) + " in duration " + quote(orig));
        };
        BigDecimal amount = new BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
        total = total.add(amount.multiply(BigDecimal.valueOf(scale)));
        if (total.compareTo(MAX) > 0 && !(neg && total.compareTo(MAX.add(BigDecimal.ONE)) == 0)) throw invalid(orig);
        s = s.substring(u);
      }
      // Go truncates the fractional nanoseconds of each term; the sum of truncations only matters below 1ns
      long v = total.setScale(0, java.math.RoundingMode.DOWN).longValue();
      return neg ? -v : v;
    }

    private static BuiltinError invalid(String s) {
      return new BuiltinError("time: invalid duration " + quote(s));
    }

    private static String quote(String s) {
      StringBuilder sb = new StringBuilder();
      eu.rampart.rego.value.Json.appendQuoted(sb, s);
      return sb.toString();
    }
  }
}
