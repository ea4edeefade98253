# The plugin's default JVM flags, sourced by its launchers (the installed one, and the checkout's
# policies/pulumi-analyzer-policy-rampart) and by bench/analyzer-bench.sh; RAMPART_ANALYZER_JAVA_OPTS
# replaces them. A long-lived server: full tiered compilation (unlike the one-shot CLI's C1 only),
# serial GC with a young generation large enough that a 1,000-resource AnalyzeStack does not collect
# several times. C2 inlines less than by default: the evaluator's continuations inlined into each
# other made compilations of a sixth of a second each that held a core while the first calls came
# in, and the smaller compilations also ran faster here. On Linux the heap is madvised for
# transparent huge pages, so the first pass over the young generation does not fault in 4 KiB pages
# one by one (docs/benchmarks.md, "The plugin's JIT settings": measured against the defaults).
DEFAULT_OPTS="-XX:+UseSerialGC -XX:+TieredCompilation -Xms512m -Xmn256m -XX:InlineSmallCode=500 -XX:MaxInlineSize=20 -XX:FreqInlineSize=100"
# Only where the kernel offers them (madvise or always): with them off ("never"), Java 21 and later
# print a warning at every start, which Pulumi would show the user.
if [ "$(uname -s 2>/dev/null)" = Linux ] && grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  DEFAULT_OPTS="$DEFAULT_OPTS -XX:+UseTransparentHugePages"
fi

# Java 23 and later warn on stderr at every start that Netty (inside gRPC) uses sun.misc.Unsafe and
# loads native code, and Pulumi shows the user every line a plugin writes to stderr; these flags,
# which Java 17 refuses, allow both quietly.
NEWER_JAVA_OPTS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
# java_version_opts JAVA: the flags above when JAVA (a path, or a name on PATH) is Java 23 or later,
# else nothing. POSIX sh: the installed launcher is /bin/sh.
java_version_opts() {
  _rv=$(java_feature "$1")
  if [ "${_rv:-0}" -ge 23 ] 2>/dev/null; then echo "$NEWER_JAVA_OPTS"; fi
  return 0
}

# java_feature JAVA: the feature release of JAVA (17, 25; 1 for 1.8), or nothing when JAVA is not
# found. It comes from the runtime's release file, found by following JAVA's symbolic links
# (/usr/bin/java -> /etc/alternatives/java -> the JDK's bin/java); a java without one (macOS's
# /usr/bin/java) is asked with -version.
java_feature() {
  _rj=$(command -v "$1" 2>/dev/null) || return 0
  while [ -L "$_rj" ]; do
    _rl=$(readlink "$_rj")
    case "$_rl" in /*) _rj=$_rl ;; *) _rj=$(dirname "$_rj")/$_rl ;; esac
  done
  _rf=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$(dirname "$_rj")/../release" 2>/dev/null || true)
  if [ -z "$_rf" ]; then _rf=$("$1" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p'); fi
  echo "$_rf"
}
