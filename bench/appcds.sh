#!/usr/bin/env bash
# Class data sharing archive (AppCDS) for the built jar. One training start of the app on a throwaway H2 database
# (schema, seed import, the public pages asked once each), then stopped: at exit the JVM writes every class it
# loaded, parsed and verified to target/quarkus-app/app-cds.jsa. A later start that names it maps those classes
# instead of reading them again from the jars:
#
#   bench/appcds.sh            # after ./mvnw package; about as long as one start
#   java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa @config/jvm.options -jar target/quarkus-app/quarkus-run.jar
#
# Run both from this folder and with the same JDK: the archive records the JDK and the jar's path, size and time.
# A rebuilt jar or another JDK makes it stale; the JVM then prints one warning ("Unable to use shared archive")
# and starts as if it were not there. Quarkus' own quarkus.package.jar.appcds.enabled stops its training run
# before the application starts (Hibernate, Flyway, Quartz, the seed and the pages are left out) and records the
# jar relative to target/quarkus-app, so it cannot be used from this folder; hence this script.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ARCHIVE="${1:-$ROOT/target/quarkus-app/app-cds.jsa}"
trap stop_app EXIT
[ -f "$JAR" ] || { echo "no $JAR: build the app first (./mvnw -DskipTests package)" >&2; exit 1; }

train_archive "$ARCHIVE"
echo "$ARCHIVE: $(du -m "$ARCHIVE" | cut -f1) MB"
