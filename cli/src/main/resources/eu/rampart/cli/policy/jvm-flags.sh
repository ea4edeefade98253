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
if [ "$(uname -s 2>/dev/null)" = Linux ]; then DEFAULT_OPTS="$DEFAULT_OPTS -XX:+UseTransparentHugePages"; fi
