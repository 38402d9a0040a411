# Finding the JDK each process runs on. Sourced by stack.sh (Elasticsearch, Keycloak), run.sh (the
# API) and test.sh (the tests, on the API's JDK). No side effects when sourced.

# Major version of the JDK at $1 (17, 21, 25...), or nothing if it is not a JDK.
java_major() {
  local home=$1 v=""
  [[ -x $home/bin/java ]] || return 1
  if [[ -r $home/release ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")"
  fi
  if [[ -z $v ]]; then
    v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  fi
  [[ -n $v ]] || return 1
  if [[ $v == 1.* ]]; then v="${v#1.}"; fi
  printf '%s' "${v%%[.+-]*}"
}

# The home of the default `java` on the PATH, or nothing.
default_jdk() {
  command -v java >/dev/null 2>&1 || return 1
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# The first of the given homes (empty ones skipped) whose JDK is at least $1.
first_jdk_at_least() {
  local min=$1 candidate major
  shift
  for candidate in "$@"; do
    [[ -n $candidate ]] || continue
    major="$(java_major "$candidate" || true)"
    if [[ -n $major ]] && (( major >= min )); then printf '%s' "$candidate"; return 0; fi
  done
  return 1
}

# The newest JDK of at least $1 installed in TRUEREACH_JVM_DIR (/usr/lib/jvm).
newest_jdk_at_least() {
  local min=$1 candidate major best="" best_major=0
  for candidate in "${TRUEREACH_JVM_DIR:-/usr/lib/jvm}"/*/; do
    candidate="${candidate%/}"
    major="$(java_major "$candidate" || true)"
    if [[ -n $major ]] && (( major >= min && major > best_major )); then
      best="$candidate"; best_major=$major
    fi
  done
  [[ -n $best ]] || return 1
  printf '%s' "$best"
}

# A JDK for Elasticsearch: ES_JAVA_HOME or JAVA_HOME when 21+, else the newest 21+ installed.
find_es_jdk() {
  first_jdk_at_least 21 "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" || newest_jdk_at_least 21
}

# A JDK for Keycloak (17+ is enough): JAVA_HOME, else the default java, else the Elasticsearch JDK.
find_kc_jdk() {
  first_jdk_at_least 17 "${JAVA_HOME:-}" "$(default_jdk || true)" "${1:-}"
}

# A JDK for the API (and its tests): TRUEREACH_API_JAVA_HOME when set; else a JDK 25 or newer
# (JAVA_HOME, the default java, or the newest installed); else JAVA_HOME or the default java when
# 17+. The code targets Java 17; on 25 the same build imports faster (ADR 0018).
find_api_jdk() {
  if [[ -n ${TRUEREACH_API_JAVA_HOME:-} ]]; then
    first_jdk_at_least 17 "$TRUEREACH_API_JAVA_HOME"
    return
  fi
  first_jdk_at_least 25 "${JAVA_HOME:-}" "$(default_jdk || true)" || newest_jdk_at_least 25 \
    || first_jdk_at_least 17 "${JAVA_HOME:-}" "$(default_jdk || true)"
}

# The API's JVM options for the JDK at $1 (see docs/operations.md, "Memory"). Compact object
# headers (JDK 25+: 8 bytes instead of 12 per object) shrink what every young collection copies.
api_java_opts() {
  local opts="-Xms384m -Xmx384m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -XX:MaxMetaspaceSize=160m"
  opts+=" -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"
  if (( $(java_major "$1" || echo 0) >= 25 )); then opts+=" -XX:+UseCompactObjectHeaders"; fi
  printf '%s' "$opts"
}
