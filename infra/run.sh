#!/usr/bin/env bash
# Runs TrueReach locally with demo data: starts the stack, builds and starts the API, loads the
# demo creators, and prints the URL and demo logins.
#   infra/run.sh          start everything (safe to run again)
#   infra/run.sh stop     stop the API and the stack
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=infra/jdk.sh
source "$root/infra/jdk.sh"
if [[ $(id -u) -eq 0 ]]; then
  state=${TRUEREACH_STACK_HOME:-/var/tmp/truereach-stack}
else
  state=${TRUEREACH_STACK_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/truereach-stack}
fi
port=${TRUEREACH_PORT:-8080}
api_url="http://127.0.0.1:${port}"
pid_file="$state/run/api.pid"
log_file="$state/logs/api.log"

api_running() { [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

stop_api() {
  if api_running; then
    echo "Stopping the API (pid $(cat "$pid_file"))"
    kill "$(cat "$pid_file")"
    for _ in $(seq 1 30); do api_running || break; sleep 1; done
    api_running && kill -9 "$(cat "$pid_file")"
  fi
  rm -f "$pid_file"
}

if [[ ${1:-start} == stop ]]; then
  stop_api
  bash "$root/infra/stack.sh" stop
  exit 0
fi

bash "$root/infra/stack.sh" start

if api_running; then
  echo "API already running (pid $(cat "$pid_file"))"
else
  if ss -ltn "sport = :$port" | grep -q LISTEN; then
    echo "Port $port is taken by another process; free it or set TRUEREACH_PORT." >&2
    ss -ltnp "sport = :$port" >&2 || true
    exit 1
  fi
  api_jdk=$(find_api_jdk) || { echo "The API needs a JDK 17 or newer (25 preferred); none found. Set TRUEREACH_API_JAVA_HOME." >&2; exit 1; }
  echo "Building the API (tests skipped; run them with infra/test.sh)"
  (cd "$root" && JAVA_HOME="$api_jdk" ./mvnw -ntp -q -DskipTests install)
  mkdir -p "$state/run" "$state/logs"
  # Heap sized so the whole process stays under 768 MB resident; roomy survivor spaces so an
  # import's in-flight batches die young instead of being promoted. See docs/operations.md.
  echo "API JDK:  $api_jdk"
  # shellcheck disable=SC2086 # the options are words on purpose
  nohup "$api_jdk/bin/java" ${TRUEREACH_API_JAVA_OPTS:-$(api_java_opts "$api_jdk")} -jar "$root/api/target/truereach-api-0.1.0-SNAPSHOT.jar" >"$log_file" 2>&1 &
  echo $! >"$pid_file"
  echo -n "Waiting for the API on $api_url "
  for _ in $(seq 1 90); do
    if curl -fs "$api_url/health" >/dev/null 2>&1; then break; fi
    if ! api_running; then
      echo; echo "The API died on start; last lines of $log_file:" >&2; tail -n 30 "$log_file" >&2; exit 1
    fi
    echo -n "."; sleep 1
  done
  echo
  curl -fs "$api_url/health" >/dev/null || { echo "The API did not become healthy; see $log_file" >&2; exit 1; }
fi

echo "Loading demo creators (as the demo partner acme-partner, scope creators:write)"
kc_issuer="http://127.0.0.1:${TRUEREACH_KC_PORT:-8180}/realms/truereach"
token=$(curl -fsS -d grant_type=client_credentials -d client_id=acme-partner -d client_secret=acme-partner-secret \
  -d scope=creators:write "$kc_issuer/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
loaded=0
while IFS= read -r line; do
  [[ -z $line ]] && continue
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "$line" "$api_url/v1/creators")
  case $code in
    201) loaded=$((loaded + 1)) ;;
    200) ;; # already loaded by an earlier run (the upsert updated it in place)
    *) echo "Demo creator refused with HTTP $code: $line" >&2 ;;
  esac
done <"$root/infra/demo/creators.jsonl"
echo "Loaded $loaded new demo creators"

cat <<INFO

TrueReach is running.
  Web app:        $api_url/
  Health:         $api_url/health
  OpenAPI:        $api_url/openapi/truereach.yml
  Search example: TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=acme-partner \\
                    -d client_secret=acme-partner-secret $kc_issuer/protocol/openid-connect/token | jq -r .access_token)
                  curl -H "Authorization: Bearer \$TOKEN" '$api_url/v1/creators?q=wine'
  Keycloak:       http://127.0.0.1:${TRUEREACH_KC_PORT:-8180}/admin  (admin / admin)
  Demo logins (password: demo-password):
    alice@acme.example      brand admin, tenant acme-brands
    bob@acme.example        brand member, tenant acme-brands
    nina@northwind.example  brand admin, tenant northwind-agency
    chloe@creators.example  creator
    oscar@truereach.example operator
  Demo partner client: acme-partner / acme-partner-secret (client credentials)
  Logs:           $state/logs/
  Stop:           infra/run.sh stop
INFO
