package eu.rampart.rego.builtins;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"): parsing and formatting with the
 * rules of Go's time package (chunking as nextStdChunk does it, lenient fractional seconds after
 * a seconds field, "Z" for UTC in ISO 8601 zones, Go's error texts), so that time.parse_ns and
 * time.format behave as in OPA without translating to java.time patterns.
 */
final class GoTimeLayout {
  private GoTimeLayout() {}

  /** The layout names OPA accepts in place of a layout (Go's time constants). */
  static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"),
      Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
      Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"),
      Map.entry("RFC822", "02 Jan 06 15:04 MST"),
      Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"),
      Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
      Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
      Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
      Map.entry("RFC3339", "2006-01-02T15:04:05Z07:00"),
      Map.entry("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"),
      Map.entry("Kitchen", "3:04PM"),
      Map.entry("Stamp", "Jan _2 15:04:05"),
      Map.entry("StampMilli", "Jan _2 15:04:05.000"),
      Map.entry("StampMicro", "Jan _2 15:04:05.000000"),
      Map.entry("StampNano", "Jan _2 15:04:05.000000000"),
      Map.entry("DateTime", "2006-01-02 15:04:05"),
      Map.entry("DateOnly", "2006-01-02"),
      Map.entry("TimeOnly", "15:04:05"));

  static String resolve(String layout) {
    return NAMED.getOrDefault(layout, layout);
  }

  enum Std {
    LONG_MONTH("January"), MONTH("Jan"), NUM_MONTH("1"), ZERO_MONTH("01"),
    LONG_WEEKDAY("Monday"), WEEKDAY("Mon"),
    DAY("2"), UNDER_DAY("_2"), ZERO_DAY("02"), UNDER_YEARDAY("__2"), ZERO_YEARDAY("002"),
    HOUR("15"), HOUR12("3"), ZERO_HOUR12("03"), MINUTE("4"), ZERO_MINUTE("04"), SECOND("5"), ZERO_SECOND("05"),
    LONG_YEAR("2006"), YEAR("06"), PM("PM"), LOWER_PM("pm"), TZ("MST"),
    ISO_TZ("Z0700"), ISO_SHORT_TZ("Z07"), ISO_COLON_TZ("Z07:00"), ISO_SECONDS_TZ("Z070000"), ISO_COLON_SECONDS_TZ("Z07:00:00"),
    NUM_TZ("-0700"), NUM_SHORT_TZ("-07"), NUM_COLON_TZ("-07:00"), NUM_SECONDS_TZ("-070000"), NUM_COLON_SECONDS_TZ("-07:00:00"),
    FRAC0(".0"), FRAC9(".9");

    final String text;

    Std(String text) { this.text = text; }
  }

  /** A literal run, or a std element (with the digit count and separator of a fractional-second element). */
  record Chunk(String literal, Std std, int digits, char sep) {
    String text() {
      if (std == null) return literal;
      if (std == Std.FRAC0 || std == Std.FRAC9) return sep + String.valueOf(std == Std.FRAC0 ? '0' : '9').repeat(digits);
      return std.text;
    }
  }

  static List<Chunk> chunks(String layout) {
    List<Chunk> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < layout.length()) {
      Chunk c = stdAt(layout, i);
      if (c == null) {
        lit.append(layout.charAt(i++));
        continue;
      }
      if (lit.length() > 0) {
        out.add(new Chunk(lit.toString(), null, 0, '.'));
        lit.setLength(0);
      }
      out.add(c);
      i += c.text().length();
    }
    if (lit.length() > 0) out.add(new Chunk(lit.toString(), null, 0, '.'));
    return out;
  }

  private static Chunk std(Std s) { return new Chunk(null, s, 0, '.'); }

  private static boolean at(String s, int i, String w) { return s.startsWith(w, i); }

  private static boolean lowerAt(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  /** The std element starting at i, following the precedence of Go's nextStdChunk. */
  private static Chunk stdAt(String l, int i) {
    char c = l.charAt(i);
    switch (c) {
      case 'J':
        if (at(l, i, "Jan")) {
          if (at(l, i, "January")) return std(Std.LONG_MONTH);
          if (!lowerAt(l, i + 3)) return std(Std.MONTH);
        }
        return null;
      case 'M':
        if (at(l, i, "Mon")) {
          if (at(l, i, "Monday")) return std(Std.LONG_WEEKDAY);
          if (!lowerAt(l, i + 3)) return std(Std.WEEKDAY);
        }
        if (at(l, i, "MST")) return std(Std.TZ);
        return null;
      case '0':
        if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
          return std(new Std[] {Std.ZERO_MONTH, Std.ZERO_DAY, Std.ZERO_HOUR12, Std.ZERO_MINUTE, Std.ZERO_SECOND, Std.YEAR}[l.charAt(i + 1) - '1']);
        }
        if (at(l, i, "002")) return std(Std.ZERO_YEARDAY);
        return null;
      case '1':
        return at(l, i, "15") ? std(Std.HOUR) : std(Std.NUM_MONTH);
      case '2':
        return at(l, i, "2006") ? std(Std.LONG_YEAR) : std(Std.DAY);
      case '_':
        if (at(l, i, "_2")) {
          // "_2006" is a literal underscore followed by a year
          if (at(l, i, "_2006")) return null;
          return std(Std.UNDER_DAY);
        }
        if (at(l, i, "__2")) return std(Std.UNDER_YEARDAY);
        return null;
      case '3': return std(Std.HOUR12);
      case '4': return std(Std.MINUTE);
      case '5': return std(Std.SECOND);
      case 'P': return at(l, i, "PM") ? std(Std.PM) : null;
      case 'p': return at(l, i, "pm") ? std(Std.LOWER_PM) : null;
      case '-':
        for (Std s : new Std[] {Std.NUM_COLON_SECONDS_TZ, Std.NUM_SECONDS_TZ, Std.NUM_COLON_TZ, Std.NUM_TZ, Std.NUM_SHORT_TZ}) {
          if (at(l, i, s.text)) return std(s);
        }
        return null;
      case 'Z':
        for (Std s : new Std[] {Std.ISO_COLON_SECONDS_TZ, Std.ISO_SECONDS_TZ, Std.ISO_COLON_TZ, Std.ISO_TZ, Std.ISO_SHORT_TZ}) {
          if (at(l, i, s.text)) return std(s);
        }
        return null;
      case '.':
      case ',':
        if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
          char d = l.charAt(i + 1);
          int j = i + 1;
          while (j < l.length() && l.charAt(j) == d) j++;
          if (!(j < l.length() && Character.isDigit(l.charAt(j)))) {
            return new Chunk(null, d == '0' ? Std.FRAC0 : Std.FRAC9, j - i - 1, c);
          }
        }
        return null;
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- formatting

  static String format(ZonedDateTime t, String layout) {
    StringBuilder b = new StringBuilder();
    for (Chunk c : chunks(layout)) {
      if (c.std() == null) {
        b.append(c.literal());
        continue;
      }
      int offset = t.getOffset().getTotalSeconds();
      switch (c.std()) {
        case LONG_MONTH -> b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case MONTH -> b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case NUM_MONTH -> b.append(t.getMonthValue());
        case ZERO_MONTH -> pad(b, t.getMonthValue(), 2, '0');
        case LONG_WEEKDAY -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case WEEKDAY -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case DAY -> b.append(t.getDayOfMonth());
        case UNDER_DAY -> pad(b, t.getDayOfMonth(), 2, ' ');
        case ZERO_DAY -> pad(b, t.getDayOfMonth(), 2, '0');
        case UNDER_YEARDAY -> pad(b, t.getDayOfYear(), 3, ' ');
        case ZERO_YEARDAY -> pad(b, t.getDayOfYear(), 3, '0');
        case HOUR -> pad(b, t.getHour(), 2, '0');
        case HOUR12 -> b.append(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
        case ZERO_HOUR12 -> pad(b, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, 2, '0');
        case MINUTE -> b.append(t.getMinute());
        case ZERO_MINUTE -> pad(b, t.getMinute(), 2, '0');
        case SECOND -> b.append(t.getSecond());
        case ZERO_SECOND -> pad(b, t.getSecond(), 2, '0');
        case LONG_YEAR -> {
          int y = t.getYear();
          if (y < 0) b.append('-');
          pad(b, Math.abs(y), 4, '0');
        }
        case YEAR -> pad(b, Math.floorMod(t.getYear(), 100), 2, '0');
        case PM -> b.append(t.getHour() >= 12 ? "PM" : "AM");
        case LOWER_PM -> b.append(t.getHour() >= 12 ? "pm" : "am");
        case TZ -> {
          String abbr = zoneAbbreviation(t);
          if (abbr != null) {
            b.append(abbr);
          } else {
            int m = offset / 60;
            b.append(m < 0 ? '-' : '+');
            pad(b, Math.abs(m) / 60, 2, '0');
            pad(b, Math.abs(m) % 60, 2, '0');
          }
        }
        case ISO_TZ, ISO_SHORT_TZ, ISO_COLON_TZ, ISO_SECONDS_TZ, ISO_COLON_SECONDS_TZ,
             NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> appendOffset(b, c.std(), offset);
        case FRAC0, FRAC9 -> appendFraction(b, c, t.getNano());
        default -> throw new IllegalStateException(c.std().name());
      }
    }
    return b.toString();
  }

  private static String zoneAbbreviation(ZonedDateTime t) {
    if (t.getZone().getId().equals("UTC") || t.getZone().getId().equals("Z")) return "UTC";
    String s = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
    // Java falls back to "GMT+05:30"-style names where tzdata has no abbreviation; Go prints "+0530"
    return s.startsWith("GMT+") || s.startsWith("GMT-") ? null : s;
  }

  private static void appendOffset(StringBuilder b, Std s, int offset) {
    boolean iso = s.name().startsWith("ISO");
    if (iso && offset == 0) {
      b.append('Z');
      return;
    }
    int zone = offset / 60, abs = Math.abs(offset);
    // the sign comes from the whole minutes, as in Go (an offset of -30 s prints as "+00:00")
    b.append(zone < 0 ? '-' : '+');
    pad(b, abs / 3600, 2, '0');
    boolean colon = s.text.contains(":");
    if (s != Std.ISO_SHORT_TZ && s != Std.NUM_SHORT_TZ) {
      if (colon) b.append(':');
      pad(b, (abs / 60) % 60, 2, '0');
    }
    if (s == Std.ISO_SECONDS_TZ || s == Std.NUM_SECONDS_TZ || s == Std.ISO_COLON_SECONDS_TZ || s == Std.NUM_COLON_SECONDS_TZ) {
      if (colon) b.append(':');
      pad(b, abs % 60, 2, '0');
    }
  }

  private static void appendFraction(StringBuilder b, Chunk c, int nanos) {
    String digits = String.format("%09d", nanos).substring(0, Math.min(9, c.digits()));
    if (c.std() == Std.FRAC9) {
      int end = digits.length();
      while (end > 0 && digits.charAt(end - 1) == '0') end--;
      digits = digits.substring(0, end);
      if (digits.isEmpty()) return;
    }
    b.append(c.sep()).append(digits);
  }

  private static void pad(StringBuilder b, int v, int width, char padChar) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) b.append(padChar);
    b.append(s);
  }

  // ---------------------------------------------------------------- parsing

  /** A parsed wall-clock time and, when the text named one, its UTC offset in seconds. */
  record Parsed(LocalDateTime local, Integer offsetSeconds) {}

  static final class ParseException extends Exception {
    ParseException(String message) { super(message, null, false, false); }
  }

  private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

  static Parsed parse(String layout, String value) throws ParseException {
    String alayout = layout, avalue = value;
    List<Chunk> chunks = chunks(layout);
    int year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
    boolean pmSet = false, amSet = false;
    Integer offset = null;
    String v = value; // Go's defaults: a layout without a year parses into year 0
    for (int ci = 0; ci < chunks.size(); ci++) {
      Chunk c = chunks.get(ci);
      if (c.std() == null) {
        if (!v.startsWith(c.literal())) throw cannotParse(alayout, avalue, v, c.literal());
        v = v.substring(c.literal().length());
        continue;
      }
      String hold = v;
      String range = null;
      try {
        switch (c.std()) {
          case YEAR -> {
            if (v.length() < 2) throw new NumberFormatException();
            int y = twoDigits(v);
            v = v.substring(2);
            year = y >= 69 ? 1900 + y : 2000 + y;
          }
          case LONG_YEAR -> {
            if (v.length() < 4 || !allDigits(v, 4)) throw new NumberFormatException();
            year = Integer.parseInt(v.substring(0, 4));
            v = v.substring(4);
          }
          case MONTH, LONG_MONTH -> {
            int idx = lookup(v, LONG_MONTHS, c.std() == Std.MONTH);
            month = idx + 1;
            v = v.substring(c.std() == Std.MONTH ? 3 : LONG_MONTHS[idx].length());
          }
          case NUM_MONTH, ZERO_MONTH -> {
            int[] r = getnum(v, c.std() == Std.ZERO_MONTH);
            month = r[0];
            v = v.substring(r[1]);
            if (month <= 0 || month > 12) range = "month";
          }
          case WEEKDAY, LONG_WEEKDAY -> {
            int idx = lookup(v, LONG_DAYS, c.std() == Std.WEEKDAY);
            v = v.substring(c.std() == Std.WEEKDAY ? 3 : LONG_DAYS[idx].length());
          }
          case DAY, UNDER_DAY, ZERO_DAY -> {
            if (c.std() == Std.UNDER_DAY && v.startsWith(" ")) v = v.substring(1);
            int[] r = getnum(v, c.std() == Std.ZERO_DAY);
            day = r[0];
            v = v.substring(r[1]);
          }
          case UNDER_YEARDAY, ZERO_YEARDAY -> {
            for (int k = 0; k < 2; k++) if (c.std() == Std.UNDER_YEARDAY && v.startsWith(" ")) v = v.substring(1);
            int[] r = getnum3(v, c.std() == Std.ZERO_YEARDAY);
            yday = r[0];
            v = v.substring(r[1]);
            if (yday < 1 || yday > 366) range = "day-of-year";
          }
          case HOUR -> {
            int[] r = getnum(v, false);
            hour = r[0];
            v = v.substring(r[1]);
            if (hour < 0 || hour >= 24) range = "hour";
          }
          case HOUR12, ZERO_HOUR12 -> {
            int[] r = getnum(v, c.std() == Std.ZERO_HOUR12);
            hour = r[0];
            v = v.substring(r[1]);
            if (hour < 0 || hour > 12) range = "hour";
          }
          case MINUTE, ZERO_MINUTE -> {
            int[] r = getnum(v, c.std() == Std.ZERO_MINUTE);
            min = r[0];
            v = v.substring(r[1]);
            if (min < 0 || min >= 60) range = "minute";
          }
          case SECOND, ZERO_SECOND -> {
            int[] r = getnum(v, c.std() == Std.ZERO_SECOND);
            sec = r[0];
            v = v.substring(r[1]);
            if (sec < 0 || sec >= 60) {
              range = "second";
              break;
            }
            // Go accepts a fractional second after the seconds even when the layout has none
            Std next = null;
            for (int k = ci + 1; k < chunks.size() && next == null; k++) next = chunks.get(k).std();
            if (v.length() >= 2 && (v.charAt(0) == '.' || v.charAt(0) == ',') && Character.isDigit(v.charAt(1))
                && next != Std.FRAC0 && next != Std.FRAC9) {
              int n = 2;
              while (n < v.length() && Character.isDigit(v.charAt(n))) n++;
              nsec = nanos(v, n);
              v = v.substring(n);
            }
          }
          case PM -> {
            if (v.length() < 2) throw new NumberFormatException();
            String p = v.substring(0, 2);
            if (p.equals("PM")) pmSet = true;
            else if (p.equals("AM")) amSet = true;
            else throw new NumberFormatException();
            v = v.substring(2);
          }
          case LOWER_PM -> {
            if (v.length() < 2) throw new NumberFormatException();
            String p = v.substring(0, 2);
            if (p.equals("pm")) pmSet = true;
            else if (p.equals("am")) amSet = true;
            else throw new NumberFormatException();
            v = v.substring(2);
          }
          case ISO_TZ, ISO_SHORT_TZ, ISO_COLON_TZ, ISO_SECONDS_TZ, ISO_COLON_SECONDS_TZ,
               NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
            if (c.std().name().startsWith("ISO") && v.startsWith("Z")) {
              v = v.substring(1);
              offset = 0;
              break;
            }
            String t = c.std().text.substring(1); // e.g. "07:00"
            if (v.length() < 1 + t.length() || (v.charAt(0) != '+' && v.charAt(0) != '-')) throw new NumberFormatException();
            boolean colon = t.contains(":");
            int hh = twoDigits(v.substring(1)), mm = 0, ss = 0, p = 3;
            if (t.length() > 2) {
              if (colon && v.charAt(p++) != ':') throw new NumberFormatException();
              mm = twoDigits(v.substring(p));
              p += 2;
            }
            if (t.length() > 5) {
              if (colon && v.charAt(p++) != ':') throw new NumberFormatException();
              ss = twoDigits(v.substring(p));
              p += 2;
            }
            if (hh > 24 || mm > 59 || ss > 59) {
              range = "time zone offset";
              break;
            }
            int off = (hh * 60 + mm) * 60 + ss;
            offset = v.charAt(0) == '-' ? -off : off;
            v = v.substring(p);
          }
          case TZ -> {
            if (v.length() >= 3 && v.startsWith("UTC")) {
              v = v.substring(3);
              offset = 0;
              break;
            }
            int n = zoneNameLength(v);
            if (n <= 0) throw new NumberFormatException();
            // Go fabricates a zone for an abbreviation: offset 0, except "GMT+h" which gives h hours
            offset = 0;
            if (n > 3 && v.startsWith("GMT")) offset = Integer.parseInt(v.substring(3, n).replace("+", "")) * 3600;
            v = v.substring(n);
          }
          case FRAC0 -> {
            int ndigit = 1 + c.digits();
            if (v.length() < ndigit) throw new NumberFormatException();
            nsec = nanos(v, ndigit);
            v = v.substring(ndigit);
          }
          case FRAC9 -> {
            if (v.length() < 2 || !(v.charAt(0) == '.' || v.charAt(0) == ',') || v.charAt(1) < '0' || v.charAt(1) > '9') break;
            // any number of digits, as the seconds case would take them; nanos() keeps nine
            int i = 0;
            while (i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) i++;
            nsec = nanos(v, 1 + i);
            v = v.substring(1 + i);
          }
          default -> throw new IllegalStateException(c.std().name());
        }
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw cannotParse(alayout, avalue, hold, c.text());
      }
      if (range != null) throw new ParseException("parsing time " + quote(avalue) + ": " + range + " out of range");
    }
    if (!v.isEmpty()) throw new ParseException("parsing time " + quote(avalue) + ": extra text: " + quote(v));
    if (pmSet && hour < 12) hour += 12;
    else if (amSet && hour == 12) hour = 0;
    LocalDate date;
    if (yday >= 0) {
      if (yday > (java.time.Year.isLeap(year) ? 366 : 365)) throw new ParseException("parsing time " + quote(avalue) + ": day-of-year out of range");
      date = LocalDate.ofYearDay(year, yday);
      if ((month >= 0 && date.getMonthValue() != month) || (day >= 0 && date.getDayOfMonth() != day)) {
        throw new ParseException("parsing time " + quote(avalue) + ": day-of-year does not match " + (day >= 0 ? "day" : "month"));
      }
    } else {
      if (month < 0) month = 1;
      if (day < 0) day = 1;
      if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
        throw new ParseException("parsing time " + quote(avalue) + ": day out of range");
      }
      date = LocalDate.of(year, month, day);
    }
    return new Parsed(date.atTime(hour, min, sec, nsec), offset);
  }

  /** Go's parseTimeZone: the length of a zone abbreviation at the start of v, or -1. */
  private static int zoneNameLength(String v) {
    if (v.length() < 3) return -1;
    if (v.startsWith("ChST") || v.startsWith("MeST")) return 4;
    if (v.startsWith("GMT")) return v.length() == 3 ? 3 : 3 + signedOffsetLength(v.substring(3));
    if (v.charAt(0) == '+' || v.charAt(0) == '-') {
      int n = signedOffsetLength(v);
      return n > 0 ? n : -1;
    }
    int upper = 0;
    while (upper < 6 && upper < v.length() && v.charAt(upper) >= 'A' && v.charAt(upper) <= 'Z') upper++;
    switch (upper) {
      case 3: return 3;
      case 4: return v.charAt(3) == 'T' || v.startsWith("WITA") ? 4 : -1;
      case 5: return v.charAt(4) == 'T' ? 5 : -1;
      default: return -1;
    }
  }

  /** Go's parseSignedOffset: "+h" or "-hh" with an hour of at most 23; 0 when there is none. */
  private static int signedOffsetLength(String v) {
    if (v.isEmpty() || (v.charAt(0) != '+' && v.charAt(0) != '-')) return 0;
    int n = 1, h = 0;
    while (n < v.length() && Character.isDigit(v.charAt(n)) && n < 4) h = h * 10 + (v.charAt(n++) - '0');
    if (n == 1 || h > 23) return 0;
    return n;
  }

  private static boolean allDigits(String s, int n) {
    for (int i = 0; i < n; i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  private static int twoDigits(String s) {
    if (s.length() < 2 || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(1))) throw new NumberFormatException();
    return (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
  }

  /** Go's getnum: one or two digits (exactly two when fixed); returns {value, length}. */
  private static int[] getnum(String s, boolean fixed) {
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) throw new NumberFormatException();
    if (s.length() < 2 || !Character.isDigit(s.charAt(1))) {
      if (fixed) throw new NumberFormatException();
      return new int[] {s.charAt(0) - '0', 1};
    }
    return new int[] {(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0'), 2};
  }

  private static int[] getnum3(String s, boolean fixed) {
    int n = 0, v = 0;
    while (n < 3 && n < s.length() && Character.isDigit(s.charAt(n))) v = v * 10 + (s.charAt(n++) - '0');
    if (n == 0 || (fixed && n != 3)) throw new NumberFormatException();
    return new int[] {v, n};
  }

  /** Case-insensitive prefix match of a month or day name (first three letters when short). */
  private static int lookup(String v, String[] names, boolean shortForm) {
    for (int i = 0; i < names.length; i++) {
      String n = shortForm ? names[i].substring(0, 3) : names[i];
      if (v.length() >= n.length() && v.substring(0, n.length()).equalsIgnoreCase(n)) return i;
    }
    throw new NumberFormatException();
  }

  /** Nanoseconds from a separator followed by digits, s[0..n); digits beyond nine are dropped. */
  private static int nanos(String s, int n) {
    if (s.charAt(0) != '.' && s.charAt(0) != ',') throw new NumberFormatException();
    String digits = s.substring(1, n);
    for (int i = 0; i < digits.length(); i++) if (!Character.isDigit(digits.charAt(i))) throw new NumberFormatException();
    if (digits.length() > 9) digits = digits.substring(0, 9);
    StringBuilder d = new StringBuilder(digits);
    while (d.length() < 9) d.append('0');
    return Integer.parseInt(d.toString());
  }

  private static ParseException cannotParse(String layout, String value, String rest, String elem) {
    return new ParseException("parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse " + quote(rest)
        + " as " + quote(elem));
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    eu.rampart.rego.value.Json.appendQuoted(sb, s);
    return sb.toString();
  }
}
