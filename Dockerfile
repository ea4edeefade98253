# syntax=docker/dockerfile:1
# rampart as a container image: the release archive on a Temurin JRE.
#
#   docker build -t rampart:0.1.0 .
#   docker run --rm -v "$PWD:/work" -w /work rampart:0.1.0 check preview.json --env prod
#
# NOT BUILT HERE: rampart's build machines have no container runtime, so this file has never been
# built by its tests. What the image runs is tested instead: dist/src/test (ReleaseArchiveIT)
# unpacks the same archive and runs bin/rampart with nothing but a Java runtime and coreutils on
# PATH, as the final stage below does.

# --- stage 1: build the release archive (tests need ../shared beside the checkout: skipped here;
# CI runs them with `mvn -B verify`)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -pl dist -am package -DskipTests \
 && mkdir /opt/rampart \
 && tar -xzf dist/target/rampart-*.tar.gz -C /opt/rampart --strip-components=1

# --- stage 2: the runtime: a JRE, the unpacked archive, nothing else
FROM eclipse-temurin:17-jre
COPY --from=build /opt/rampart /opt/rampart
# the class-data sharing archive is recorded once at build time into a directory every user can
# read; bin/rampart maps it on every start (RAMPART_CACHE_DIR overrides the per-user cache)
ENV RAMPART_CACHE_DIR=/opt/rampart/cache \
    PATH=/opt/rampart/bin:$PATH
# (recorded by one check of an empty plan, so it holds the classes a check loads; its exit code
# does not matter, the archive is written when the JVM exits)
RUN mkdir -p /opt/rampart/cache \
 && printf '%s' '{"format":"rampart-plan/v1","generator":"rampart","stack":{"project":"p","name":"dev","environment":"dev","config":{}},"resources":[]}' > /tmp/empty.json \
 && (rampart check /tmp/empty.json --env dev --fail-on never --output json=/dev/null || true) \
 && rm /tmp/empty.json && ls /opt/rampart/cache/*.jsa
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["rampart"]
CMD ["--help"]
