#!/usr/bin/env bash
# Operator commands on the creators search index (against the configured PostgreSQL and Elasticsearch):
#   infra/index.sh rebuild   rebuild the whole index from PostgreSQL and swap the alias, no downtime
#   infra/index.sh check     compare index and database; exits 1 and lists differences when they disagree
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=infra/jdk.sh
source "$root/infra/jdk.sh"
api_jdk=$(find_api_jdk) || { echo "The index commands need a JDK 17 or newer; none found. Set TRUEREACH_API_JAVA_HOME." >&2; exit 1; }
jar=$(ls "$root"/api/target/truereach-api-*.jar 2>/dev/null | head -n 1 || true)
if [[ -z $jar ]]; then
  (cd "$root" && JAVA_HOME="$api_jdk" ./mvnw -ntp -q -DskipTests install)
  jar=$(ls "$root"/api/target/truereach-api-*.jar | head -n 1)
fi
TRUEREACH_LOG_FORMAT=${TRUEREACH_LOG_FORMAT:-text} exec "$api_jdk/bin/java" -cp "$jar" com.truereach.api.ops.IndexCommand "${1:-}"
