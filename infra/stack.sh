#!/usr/bin/env bash
# TrueReach local stack: PostgreSQL 15, Elasticsearch 9.2 and Keycloak 26.5 as plain local
# processes (no Docker). Everything comes from Maven Central or the machine's own packages.
#
#   infra/stack.sh start    start what is not running yet, wait until healthy, print connection facts
#   infra/stack.sh stop     stop what this script started (never a PostgreSQL it merely reused)
#   infra/stack.sh status   one line per service; exit 0 only when all three are healthy
#   infra/stack.sh logs [postgres|elasticsearch|keycloak] [--follow]
#
# See infra/README.md for ports, environment variables and how the Keycloak realm is re-imported.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Configuration (every knob can be overridden from the environment)
# ---------------------------------------------------------------------------------------------
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM_FILE="$INFRA_DIR/keycloak/truereach-realm.json"
# shellcheck source=infra/jdk.sh
source "$INFRA_DIR/jdk.sh"

ES_VERSION=9.2.8
KC_VERSION=26.5.6
MAVEN_REPO="${TRUEREACH_MAVEN_REPO:-https://repo.maven.apache.org/maven2}"
ES_ZIP_PATH="org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
KC_ZIP_PATH="org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
# SHA-1 of each zip as published on Maven Central. Central's own .sha1 file is preferred, but some
# mirrors do not serve it for every artifact (the Elasticsearch one is often missing), so the known
# value is pinned here: a download is never used unverified.
ES_ZIP_SHA1=46dc08be208116a375ebcd4168cacac106a8f88c
KC_ZIP_SHA1=756c15bb71be020dd4a43a6fdb3c1340cb84d4b5

PG_HOST="${TRUEREACH_PG_HOST:-127.0.0.1}"
PG_PORT="${TRUEREACH_PG_PORT:-5432}"
ES_PORT="${TRUEREACH_ES_PORT:-9200}"
ES_HEAP="${TRUEREACH_ES_HEAP:-1g}"
KC_PORT="${TRUEREACH_KC_PORT:-8180}"
PG_TIMEOUT="${TRUEREACH_PG_TIMEOUT:-60}"
ES_TIMEOUT="${TRUEREACH_ES_TIMEOUT:-180}"
KC_TIMEOUT="${TRUEREACH_KC_TIMEOUT:-180}"
STOP_TIMEOUT="${TRUEREACH_STOP_TIMEOUT:-30}"

# The application's database and login; fixed on purpose so that every machine is the same.
DB_NAME=truereach
DB_USER=truereach
DB_PASSWORD=truereach
KC_REALM=truereach

SERVICE_USER=truereach   # Elasticsearch and initdb refuse root, so as root we run services as this user
MIN_FREE_MB=2048

if [[ $EUID -eq 0 ]]; then
  STACK_HOME="${TRUEREACH_STACK_HOME:-/var/tmp/truereach-stack}"
else
  STACK_HOME="${TRUEREACH_STACK_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/truereach-stack}"
fi
DIST_DIR="$STACK_HOME/dist"
LOG_DIR="$STACK_HOME/logs"
RUN_DIR="$STACK_HOME/run"
DATA_DIR="$STACK_HOME/data"
ES_HOME="$STACK_HOME/elasticsearch-$ES_VERSION"
KC_HOME="$STACK_HOME/keycloak-$KC_VERSION"
ES_CONF="$STACK_HOME/config/elasticsearch"
PG_DATA="$DATA_DIR/postgres"
# Keycloak's dev database lives inside its distribution (data/h2); the realm checksum sits beside it.
KC_REALM_SUM="$KC_HOME/data/truereach-realm.sha256"

ES_URL="http://127.0.0.1:$ES_PORT"
KC_URL="http://127.0.0.1:$KC_PORT"
KC_ISSUER="$KC_URL/realms/$KC_REALM"
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB_NAME"

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
say()  { printf '%s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
# die MESSAGE [HINT...]: what went wrong, then what to do about it.
die() {
  printf '\nERROR: %s\n' "$1" >&2
  shift
  local line
  for line in "$@"; do printf '  -> %s\n' "$line" >&2; done
  exit 1
}
log_of() { printf '%s/%s.log' "$LOG_DIR" "$1"; }
show_log_tail() {
  local log; log="$(log_of "$1")"
  if [[ -s $log ]]; then
    printf -- '----- last 30 lines of %s -----\n' "$log" >&2
    tail -n 30 "$log" >&2
    printf -- '----- end of %s -----\n' "$log" >&2
  fi
}

# As root every service runs as $SERVICE_USER. setpriv changes identity and then execs, so the pid
# we record is the service's own (runuser/su would stay in between as a parent process).
if [[ $EUID -eq 0 ]]; then
  AS_SERVICE=(setpriv "--reuid=$SERVICE_USER" "--regid=$SERVICE_USER" --init-groups --)
else
  AS_SERVICE=()
fi
as_service() { "${AS_SERVICE[@]}" "$@"; }
own() { if [[ $EUID -eq 0 ]]; then chown -R "$SERVICE_USER:$SERVICE_USER" "$@"; fi; }

is_loopback() { [[ $1 == 127.* || $1 == localhost || $1 == ::1 ]]; }

# Who listens on a TCP port? Prints "name (pid N)" when ss can tell, or "an unknown process".
port_owner() {
  local port=$1 out
  if command -v ss >/dev/null 2>&1; then
    out="$(ss -Hltnp "sport = :$port" 2>/dev/null || true)"
    [[ -z $out ]] && return 1
    if [[ $out =~ users:\(\(\"([^\"]+)\",pid=([0-9]+) ]]; then
      printf '%s (pid %s)' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    else
      printf 'an unknown process (run as root to see which)'
    fi
    return 0
  fi
  # No ss: a successful connect means something listens.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then printf 'an unknown process'; return 0; fi
  return 1
}

# Is the process in PIDFILE alive and really ours? The marker (our distribution path) appears in
# its command line, so a stale pid file whose number was reused by another process is never trusted.
pid_alive() {
  local pidfile=$1 marker=$2 pid
  [[ -s $pidfile ]] || return 1
  pid="$(<"$pidfile")"
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$marker"
}

# Services are started with setsid: each is the leader of its own process group, so stopping the
# group also stops children (the Elasticsearch launcher starts the server JVM as a child).
stop_group() {
  local name=$1 pid=$2 waited=0
  kill -TERM -- "-$pid" 2>/dev/null || true
  while kill -0 -- "-$pid" 2>/dev/null; do
    if (( waited >= STOP_TIMEOUT )); then
      warn "$name did not stop within ${STOP_TIMEOUT}s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1; waited=$((waited + 1))
  done
}

# ---------------------------------------------------------------------------------------------
# State directory, service user, disk space
# ---------------------------------------------------------------------------------------------
ensure_service_user() {
  [[ $EUID -eq 0 ]] || return 0
  if ! getent passwd "$SERVICE_USER" >/dev/null; then
    say "Creating system user '$SERVICE_USER' (no login shell) to run the services: they refuse root."
    useradd --system --user-group --home-dir /nonexistent --no-create-home \
      --shell /usr/sbin/nologin "$SERVICE_USER"
  fi
}

prepare_state_dir() {
  mkdir -p "$DIST_DIR" "$LOG_DIR" "$RUN_DIR" "$DATA_DIR" "$STACK_HOME/config" "$STACK_HOME/tmp" "$STACK_HOME/home"
  touch "$LOG_DIR/postgres.log" "$LOG_DIR/elasticsearch.log" "$LOG_DIR/keycloak.log"
  if [[ $EUID -eq 0 ]]; then
    chown "$SERVICE_USER:$SERVICE_USER" "$STACK_HOME" "$DIST_DIR" "$LOG_DIR" "$RUN_DIR" "$DATA_DIR" \
      "$STACK_HOME/config" "$STACK_HOME/tmp" "$STACK_HOME/home" "$LOG_DIR"/*.log
    # A state dir under /root (mode 700) would be unreachable for the service user.
    if ! as_service test -w "$STACK_HOME"; then
      die "user '$SERVICE_USER' cannot write to $STACK_HOME (a parent directory is closed to it)." \
        "Set TRUEREACH_STACK_HOME to a directory outside /root, e.g. the default /var/tmp/truereach-stack."
    fi
  fi
}

check_disk() {
  local free_mb
  free_mb="$(df -Pk "$STACK_HOME" | awk 'NR==2 {print int($4 / 1024)}')"
  if (( free_mb < MIN_FREE_MB )); then
    die "only ${free_mb} MB free on the disk of $STACK_HOME; the stack needs about 2 GB (distributions, indices, Keycloak)." \
      "Free some space, or point TRUEREACH_STACK_HOME at a directory on a larger disk."
  fi
}

# ---------------------------------------------------------------------------------------------
# Downloads from Maven Central, verified by SHA-1
# ---------------------------------------------------------------------------------------------
# download REPO_PATH PINNED_SHA1 -> prints the local path of the verified zip
download() {
  local repo_path=$1 pinned=$2 file url expected actual remote
  file="$DIST_DIR/$(basename "$repo_path")"
  url="$MAVEN_REPO/$repo_path"
  if [[ -f $file ]] && [[ "$(sha1sum "$file" | cut -d' ' -f1)" == "$pinned" ]]; then
    printf '%s' "$file"; return 0
  fi
  expected=$pinned
  remote="$(curl -fsSL --connect-timeout 20 --max-time 60 "$url.sha1" 2>/dev/null | awk '{print $1; exit}' || true)"
  if [[ -n $remote ]] && [[ $remote != "$pinned" ]]; then
    die "Maven Central's checksum for $(basename "$file") ($remote) differs from the one this script pins ($pinned)." \
      "Check $url.sha1; update the pinned SHA-1 in infra/stack.sh only if the version was changed on purpose."
  fi
  say "Downloading $url" >&2
  if ! curl -fL --retry 3 --retry-delay 2 --connect-timeout 20 --progress-bar -o "$file.part" "$url"; then
    rm -f "$file.part"
    die "download failed: $url" \
      "Check that this machine reaches $MAVEN_REPO (or set TRUEREACH_MAVEN_REPO to a Maven mirror)," \
      "or copy the file by hand to $file."
  fi
  actual="$(sha1sum "$file.part" | cut -d' ' -f1)"
  if [[ $actual != "$expected" ]]; then
    rm -f "$file.part"
    die "checksum mismatch for $url: got SHA-1 $actual, expected $expected." \
      "The download is corrupt or was tampered with; run start again to retry."
  fi
  mv "$file.part" "$file"
  own "$file"
  printf '%s' "$file"
}

# unpack ZIP TARGET_DIR LAUNCHER: unzip once; a marker with the zip's SHA-1 says the tree is complete.
# The launcher is checked too, because /var/tmp may be pruned of old files by the system.
unpack() {
  local zip=$1 target=$2 launcher=$3 sum tmp
  sum="$(sha1sum "$zip" | cut -d' ' -f1)"
  if [[ -f $target/.truereach-unpacked && -x $target/$launcher ]] && [[ "$(<"$target/.truereach-unpacked")" == "$sum" ]]; then
    return 0
  fi
  say "Unpacking $(basename "$zip")"
  tmp="$STACK_HOME/tmp/unpack.$$"
  rm -rf "$tmp" "$target"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp"
  # Each zip holds a single top-level directory.
  mv "$tmp"/*/ "$target"
  rm -rf "$tmp"
  printf '%s' "$sum" >"$target/.truereach-unpacked"
  own "$target"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------
PG_BIN=""          # directory with initdb/pg_ctl (server binaries), when the machine has them
PG_CLIENT_BIN=""   # directory with psql/pg_isready

find_pg_binaries() {
  local dir
  PG_BIN=""; PG_CLIENT_BIN=""
  # Debian/Ubuntu layout: /usr/lib/postgresql/<major>/bin; take the newest major.
  dir="$(shopt -s nullglob; printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  if [[ -n $dir && -x $dir/initdb ]]; then PG_BIN=$dir; fi
  if [[ -z $PG_BIN ]] && command -v initdb >/dev/null 2>&1; then PG_BIN="$(dirname "$(command -v initdb)")"; fi
  if [[ -n $PG_BIN && -x $PG_BIN/psql ]]; then
    PG_CLIENT_BIN=$PG_BIN
  elif command -v psql >/dev/null 2>&1 && command -v pg_isready >/dev/null 2>&1; then
    PG_CLIENT_BIN="$(dirname "$(command -v psql)")"
  fi
}

install_postgres() {
  if [[ $EUID -eq 0 ]] && [[ -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1; then
    say "No PostgreSQL binaries on this machine: installing Debian's 'postgresql' package."
    # 9>&-: the cluster Debian's package starts must not inherit (and hold) the stack's lock.
    DEBIAN_FRONTEND=noninteractive apt-get update -q 9>&-
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql 9>&-
    find_pg_binaries
    [[ -n $PG_BIN ]] || die "apt-get installed 'postgresql' but no initdb was found under /usr/lib/postgresql/*/bin."
  else
    die "no PostgreSQL server binaries (initdb, pg_ctl) on this machine." \
      "Install PostgreSQL 15: 'sudo apt-get install postgresql-15' on Debian/Ubuntu," \
      "or 'sudo dnf install postgresql15-server' on Fedora/RHEL, then run start again."
  fi
}

pg_ready() { "$PG_CLIENT_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 3 >/dev/null 2>&1; }

pg_app_login_ok() {
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$PG_CLIENT_BIN/psql" -w -X -q -At \
    -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB_NAME" -c 'select 1' >/dev/null 2>&1
}

# Run SQL from stdin as a PostgreSQL superuser: first 'postgres' over TCP (trust setups), then, as
# root on this machine, the 'postgres' OS user over the Unix socket (Debian's default peer auth).
pg_superuser_sql() {
  local sql; sql="$(cat)"
  if PGCONNECT_TIMEOUT=5 "$PG_CLIENT_BIN/psql" -w -X -q -At -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres \
       -c 'select 1' >/dev/null 2>&1; then
    printf '%s\n' "$sql" | PGCONNECT_TIMEOUT=5 "$PG_CLIENT_BIN/psql" -w -X -q -At -v ON_ERROR_STOP=1 \
      -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres
    return
  fi
  if [[ $EUID -eq 0 ]] && is_loopback "$PG_HOST" && getent passwd postgres >/dev/null; then
    if (cd / && runuser -u postgres -- "$PG_CLIENT_BIN/psql" -w -X -q -At -p "$PG_PORT" -d postgres -c 'select 1') >/dev/null 2>&1; then
      printf '%s\n' "$sql" | (cd / && runuser -u postgres -- "$PG_CLIENT_BIN/psql" -w -X -q -At -v ON_ERROR_STOP=1 \
        -p "$PG_PORT" -d postgres)
      return
    fi
  fi
  return 3
}

ensure_pg_role_and_db() {
  local rc=0
  pg_superuser_sql <<SQL || rc=$?
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = '$DB_NAME')\gexec
ALTER DATABASE $DB_NAME OWNER TO $DB_USER;
SQL
  if (( rc == 3 )); then
    die "cannot connect as a PostgreSQL superuser to $PG_HOST:$PG_PORT to create role and database '$DB_NAME'." \
      "Run as a superuser: CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'; CREATE DATABASE $DB_NAME OWNER $DB_USER;" \
      "or export PGPASSWORD with the password of the 'postgres' role, then run start again."
  elif (( rc != 0 )); then
    die "creating role/database '$DB_NAME' on $PG_HOST:$PG_PORT failed (psql exit $rc, message above)."
  fi
  if ! pg_app_login_ok; then
    die "role '$DB_USER' exists but cannot log in to database '$DB_NAME' at $PG_HOST:$PG_PORT with its password." \
      "Check the server's pg_hba.conf allows password (scram-sha-256/md5) or trust logins from $PG_HOST."
  fi
}

pg_start() {
  local log; log="$(log_of postgres)"
  find_pg_binaries
  [[ -n $PG_CLIENT_BIN ]] || install_postgres

  if pid_alive "$RUN_DIR/postgres.pid" "$PG_DATA"; then
    ensure_pg_role_and_db
    say "PostgreSQL:    already running (started by the stack) on $PG_HOST:$PG_PORT"
    return 0
  fi
  rm -f "$RUN_DIR/postgres.pid"

  if pg_ready; then
    ensure_pg_role_and_db
    printf '%s  reusing the PostgreSQL server already answering on %s:%s (%s); its own log is kept by that server\n' \
      "$(date -Is)" "$PG_HOST" "$PG_PORT" "$(pg_server_version)" >"$log"
    say "PostgreSQL:    reusing the server already running on $PG_HOST:$PG_PORT ($(pg_server_version))"
    if [[ $(pg_setting autovacuum) == off ]]; then
      # The API vacuums its outbox itself; the catalogue's tables need the server's autovacuum.
      say "               autovacuum is off on this server: changed tables bloat until vacuumed (docs/operations.md)"
    fi
    return 0
  fi

  if ! is_loopback "$PG_HOST"; then
    die "no PostgreSQL answers on $PG_HOST:$PG_PORT, and the stack can only start one on this machine." \
      "Start that server, or unset TRUEREACH_PG_HOST to use a private cluster on 127.0.0.1."
  fi
  local owner
  if owner="$(port_owner "$PG_PORT")"; then
    die "port $PG_PORT is taken by $owner, which is not a PostgreSQL server answering pg_isready." \
      "Stop that process or choose another port: TRUEREACH_PG_PORT=5433 $0 start"
  fi

  if [[ -z $PG_BIN ]]; then
    install_postgres
    # Debian's package creates and starts its own cluster; if it answers on our port, use it.
    if pg_ready; then pg_start; return; fi
  fi

  # A private cluster in the state dir, run as the service user (initdb refuses root).
  if [[ ! -s $PG_DATA/PG_VERSION ]]; then
    say "PostgreSQL:    creating a private cluster in $PG_DATA with $PG_BIN"
    rm -rf "$PG_DATA"
    as_service "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$log" 2>&1 \
      || { show_log_tail postgres; die "initdb failed (see the log above)."; }
  fi
  say "PostgreSQL:    starting a private cluster on 127.0.0.1:$PG_PORT"
  # Loopback only, socket in our run dir (the system's /var/run/postgresql is not ours to use).
  if ! as_service "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$log" -w -t "$PG_TIMEOUT" \
       -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $RUN_DIR" start >/dev/null 2>&1 9>&-; then
    show_log_tail postgres
    die "PostgreSQL did not start within ${PG_TIMEOUT}s on 127.0.0.1:$PG_PORT (log above)." \
      "Fix the cause shown in $log, then run start again."
  fi
  head -n 1 "$PG_DATA/postmaster.pid" >"$RUN_DIR/postgres.pid"
  ensure_pg_role_and_db
}

pg_setting() {
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$PG_CLIENT_BIN/psql" -w -X -q -At -h "$PG_HOST" -p "$PG_PORT" \
    -U "$DB_USER" -d "$DB_NAME" -c "show $1" 2>/dev/null || true
}

pg_server_version() {
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$PG_CLIENT_BIN/psql" -w -X -q -At -h "$PG_HOST" -p "$PG_PORT" \
    -U "$DB_USER" -d "$DB_NAME" -c 'show server_version' 2>/dev/null | awk '{print "PostgreSQL " $1}' || true
}

pg_stop() {
  if pid_alive "$RUN_DIR/postgres.pid" "$PG_DATA"; then
    find_pg_binaries
    say "PostgreSQL:    stopping the private cluster"
    as_service "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t "$STOP_TIMEOUT" stop >/dev/null 2>&1 \
      || as_service "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -f "$RUN_DIR/postgres.pid"
  else
    rm -f "$RUN_DIR/postgres.pid"
    say "PostgreSQL:    not started by the stack; left alone"
  fi
}

# ---------------------------------------------------------------------------------------------
# Elasticsearch
# ---------------------------------------------------------------------------------------------
es_healthy() {
  # GET / answers 405 on this distribution (no rest-root module); cluster health is the check.
  curl -fsS -o /dev/null --max-time 5 "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null
}

# Writes our own config dir each start, so that changed environment variables take effect.
es_configure() {
  local used_pct
  mkdir -p "$ES_CONF/jvm.options.d" "$DATA_DIR/elasticsearch" "$STACK_HOME/tmp/elasticsearch"
  # The distribution's JVM options minus its GC log file (everything goes to logs/elasticsearch.log).
  grep -v -- '-Xlog:gc' "$ES_HOME/config/jvm.options" >"$ES_CONF/jvm.options"
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" >"$ES_CONF/jvm.options.d/heap.options"
  # Log to the console only; the stack captures it in logs/elasticsearch.log.
  cat >"$ES_CONF/log4j2.properties" <<'EOF'
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%consoleException%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
EOF
  cat >"$ES_CONF/elasticsearch.yml" <<EOF
# Written by infra/stack.sh on every start; edit the script, not this file.
cluster.name: truereach-local
node.name: truereach-local
path.data: $DATA_DIR/elasticsearch
path.logs: $DATA_DIR/elasticsearch-logs
# Loopback only: bootstrap checks (vm.max_map_count, file descriptors) then only warn.
network.host: 127.0.0.1
http.port: $ES_PORT
discovery.type: single-node
# This distribution ships x-pack-security, which is on by default and would turn on TLS and
# passwords; the local stack runs without it.
xpack.security.enabled: false
EOF
  # Disk watermarks make indices read-only on a nearly full disk; relax them only when that bites.
  used_pct="$(df -P "$DATA_DIR" | awk 'NR==2 {gsub("%", "", $5); print $5}')"
  if (( used_pct >= 85 )); then
    say "Elasticsearch: disk is ${used_pct}% full; disabling disk watermarks for this local node"
    printf '# The disk was %s%% full at start: watermarks would block writes.\ncluster.routing.allocation.disk.threshold_enabled: false\n' \
      "$used_pct" >>"$ES_CONF/elasticsearch.yml"
  fi
  own "$STACK_HOME/config" "$DATA_DIR/elasticsearch" "$STACK_HOME/tmp/elasticsearch"
}

es_launch() {
  local jdk=$1
  es_configure
  say "Elasticsearch: starting on $ES_URL (JDK $jdk, heap $ES_HEAP)"
  (
    cd "$ES_HOME"
    # env -i: a clean environment, so that JAVA_TOOL_OPTIONS & co. from the caller cannot leak in.
    exec setsid "${AS_SERVICE[@]}" env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$STACK_HOME/home" \
      ES_JAVA_HOME="$jdk" ES_PATH_CONF="$ES_CONF" ES_TMPDIR="$STACK_HOME/tmp/elasticsearch" \
      "$ES_HOME/bin/elasticsearch"
  ) </dev/null >"$(log_of elasticsearch)" 2>&1 9>&- &
  printf '%s\n' "$!" >"$RUN_DIR/elasticsearch.pid"
}

# ---------------------------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------------------------
kc_healthy() {
  curl -fsS -o /dev/null --max-time 5 "$KC_ISSUER/.well-known/openid-configuration" 2>/dev/null
}

# The realm is imported with --import-realm, which skips a realm that already exists. So when the
# realm file changed since the last import, the dev database is wiped and everything is re-imported.
kc_prepare_realm() {
  local sum
  sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  mkdir -p "$KC_HOME/data/import"
  if [[ ! -f $KC_REALM_SUM ]] || [[ "$(<"$KC_REALM_SUM")" != "$sum" ]]; then
    if [[ -d $KC_HOME/data/h2 ]]; then
      say "Keycloak:      realm file changed since the last import; wiping the dev database to re-import it"
    fi
    rm -rf "$KC_HOME/data/h2" "$KC_REALM_SUM"
  fi
  rm -f "$KC_HOME/data/import/"*.json
  cp "$REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"
  own "$KC_HOME/data"
  KC_PENDING_SUM=$sum
}

kc_launch() {
  local jdk=$1
  kc_prepare_realm
  say "Keycloak:      starting on $KC_URL (JDK $jdk)"
  (
    cd "$KC_HOME"
    # --hostname pins the issuer to 127.0.0.1, whatever name a client uses to reach Keycloak, so
    # that tokens always carry iss=$KC_ISSUER. The bootstrap admin only applies to a fresh database.
    exec setsid "${AS_SERVICE[@]}" env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$STACK_HOME/home" \
      JAVA_HOME="$jdk" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="$KC_URL" --import-realm
  ) </dev/null >"$(log_of keycloak)" 2>&1 9>&- &
  printf '%s\n' "$!" >"$RUN_DIR/keycloak.pid"
}

# ---------------------------------------------------------------------------------------------
# Waiting for health, both services at once
# ---------------------------------------------------------------------------------------------
declare -A WAIT_TIMEOUT=() WAIT_DONE=()
FAILED=()
KC_PENDING_SUM=""   # checksum of the realm handed to Keycloak; recorded once Keycloak is healthy

service_marker() { case $1 in elasticsearch) printf '%s' "$ES_HOME" ;; keycloak) printf '%s' "$KC_HOME" ;; esac; }
service_title() { case $1 in elasticsearch) printf 'Elasticsearch' ;; keycloak) printf 'Keycloak' ;; esac; }
service_healthy() { case $1 in elasticsearch) es_healthy ;; keycloak) kc_healthy ;; esac; }

fail_service() {
  local svc=$1 reason=$2 hint=$3 pid
  printf '\nERROR: %s %s\n' "$(service_title "$svc")" "$reason" >&2
  show_log_tail "$svc"
  printf '  -> %s\n' "$hint" >&2
  # Leave nothing half-started behind, so that the next start begins clean.
  if pid_alive "$RUN_DIR/$svc.pid" "$(service_marker "$svc")"; then
    pid="$(<"$RUN_DIR/$svc.pid")"
    stop_group "$svc" "$pid"
  fi
  rm -f "$RUN_DIR/$svc.pid"
  FAILED+=("$svc")
}

wait_for_services() {
  local start=$SECONDS elapsed svc pending last_report=0 progress
  while :; do
    pending=0; progress=""
    elapsed=$((SECONDS - start))
    for svc in "${!WAIT_TIMEOUT[@]}"; do
      [[ -n ${WAIT_DONE[$svc]:-} ]] && continue
      if service_healthy "$svc"; then
        WAIT_DONE[$svc]=up
        say "$(printf '%-14s' "$(service_title "$svc"):") up after ${elapsed}s"
        if [[ $svc == keycloak && -n $KC_PENDING_SUM ]]; then
          printf '%s' "$KC_PENDING_SUM" >"$KC_REALM_SUM"; own "$KC_REALM_SUM"
        fi
      elif ! pid_alive "$RUN_DIR/$svc.pid" "$(service_marker "$svc")"; then
        WAIT_DONE[$svc]=failed
        fail_service "$svc" "exited during start (after ${elapsed}s)." \
          "Fix the cause shown in $(log_of "$svc"), then run '$0 start' again."
      elif (( elapsed >= WAIT_TIMEOUT[$svc] )); then
        WAIT_DONE[$svc]=failed
        fail_service "$svc" "was not healthy within ${WAIT_TIMEOUT[$svc]}s, so it was stopped." \
          "See $(log_of "$svc"); on a slow machine raise TRUEREACH_$( [[ $svc == keycloak ]] && echo KC || echo ES)_TIMEOUT."
      else
        pending=$((pending + 1)); progress+=" $svc"
      fi
    done
    (( pending == 0 )) && break
    if (( elapsed - last_report >= 10 )); then
      say "  ... ${elapsed}s, still waiting for:${progress}"
      last_report=$elapsed
    fi
    sleep 2
  done
}

# ---------------------------------------------------------------------------------------------
# Redis (the API's rate limits are shared through it)
# ---------------------------------------------------------------------------------------------
REDIS_PORT=${TRUEREACH_REDIS_PORT:-6379}
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

redis_ready() {
  local reply=""
  # Plain bash, so no redis-cli is needed just to ask.
  { exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&3
  read -r -t 3 reply <&3 || true
  exec 3>&- 3<&-
  [[ $reply == +PONG* ]]
}

redis_start() {
  local log; log="$(log_of redis)"
  if redis_ready; then
    if pid_alive "$RUN_DIR/redis.pid" "redis-server"; then
      say "Redis:         already running (started by the stack) on $REDIS_URL"
    else
      say "Redis:         reusing the server already running on $REDIS_URL"
    fi
    return 0
  fi
  local owner
  if owner="$(port_owner "$REDIS_PORT")"; then
    die "port $REDIS_PORT is taken by $owner, which does not answer as Redis." \
      "Stop that process or choose another port: TRUEREACH_REDIS_PORT=6380 $0 start"
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    if [[ $EUID -eq 0 ]] && [[ -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1; then
      say "No Redis on this machine: installing Debian's 'redis-server' package."
      DEBIAN_FRONTEND=noninteractive apt-get update -q 9>&-
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server 9>&-
      if redis_ready; then redis_start; return; fi
    else
      die "no Redis answers on 127.0.0.1:$REDIS_PORT and redis-server is not installed." \
        "Install it ('sudo apt-get install redis-server' on Debian/Ubuntu) or start one, then run start again."
    fi
  fi
  say "Redis:         starting on $REDIS_URL (in memory only)"
  mkdir -p "$STACK_HOME/redis"; own "$STACK_HOME/redis"
  as_service redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$STACK_HOME/redis" --logfile "$log" --daemonize yes --pidfile "$RUN_DIR/redis.pid" 9>&- \
    || die "redis-server failed to start; see $log."
  local i
  for i in $(seq 1 20); do redis_ready && return 0; sleep 0.5; done
  show_log_tail redis
  die "Redis did not answer on $REDIS_URL within 10s (log above)."
}

redis_stop() {
  if pid_alive "$RUN_DIR/redis.pid" "redis-server"; then
    say "Redis:         stopping (pid $(<"$RUN_DIR/redis.pid"))"
    kill "$(<"$RUN_DIR/redis.pid")" 2>/dev/null || true
  else
    say "Redis:         not started by the stack; left alone"
  fi
  rm -f "$RUN_DIR/redis.pid"
}

# ---------------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------------
# One start/stop at a time per state dir. A second caller (say, parallel test runs) waits for the
# first and then finds the services running. Services get fd 9 closed (9>&-) so they never hold it.
take_lock() {
  local max_wait=$((PG_TIMEOUT + ES_TIMEOUT + KC_TIMEOUT + 120))
  exec 9>"$RUN_DIR/stack.lock"
  if ! flock -n 9; then
    say "Another stack.sh is working on $STACK_HOME; waiting for it (up to ${max_wait}s)..."
    flock -w "$max_wait" 9 || die "another stack.sh still holds $RUN_DIR/stack.lock after ${max_wait}s." \
      "Check what it is doing ('$0 status', the logs in $LOG_DIR), then try again."
  fi
}

cmd_start() {
  local es_zip kc_zip es_jdk="" kc_jdk="" owner started_at=$SECONDS
  local launch_es=0 launch_kc=0 notes=()
  local tool
  for tool in curl unzip sha1sum sha256sum flock setsid; do
    command -v "$tool" >/dev/null || die "'$tool' is needed and missing." "Install it, e.g. 'apt-get install curl unzip coreutils util-linux'."
  done
  [[ -r $REALM_FILE ]] || die "realm file $REALM_FILE is missing."

  ensure_service_user
  prepare_state_dir
  take_lock

  say "TrueReach stack in $STACK_HOME (logs in $LOG_DIR/)"
  check_disk

  # Decide what has to be launched, and check everything that can fail before launching anything.
  if pid_alive "$RUN_DIR/elasticsearch.pid" "$ES_HOME"; then
    if es_healthy; then notes+=("Elasticsearch: already running on $ES_URL")
    else notes+=("Elasticsearch: still starting, waiting for it"); WAIT_TIMEOUT[elasticsearch]=$ES_TIMEOUT; fi
  else
    rm -f "$RUN_DIR/elasticsearch.pid"; launch_es=1
  fi
  if pid_alive "$RUN_DIR/keycloak.pid" "$KC_HOME"; then
    if kc_healthy; then
      notes+=("Keycloak:      already running on $KC_URL")
      if [[ -f $KC_REALM_SUM ]] && [[ "$(<"$KC_REALM_SUM")" != "$(sha256sum "$REALM_FILE" | cut -d' ' -f1)" ]]; then
        notes+=("Keycloak:      NOTE the realm file changed since it was imported; '$0 stop' then '$0 start' re-imports it")
      fi
    else notes+=("Keycloak:      still starting, waiting for it"); WAIT_TIMEOUT[keycloak]=$KC_TIMEOUT; fi
  else
    rm -f "$RUN_DIR/keycloak.pid"; launch_kc=1
  fi

  if (( launch_es )); then
    [[ $ES_HEAP =~ ^[0-9]+[kKmMgG]$ ]] || die "TRUEREACH_ES_HEAP='$ES_HEAP' is not a JVM heap size." "Use e.g. TRUEREACH_ES_HEAP=1g or 512m."
    if owner="$(port_owner "$ES_PORT")"; then
      die "Elasticsearch cannot start: port $ES_PORT is already in use by $owner." \
        "Stop that process, or use another port: TRUEREACH_ES_PORT=9201 $0 start"
    fi
    es_jdk="$(find_es_jdk)" || die "Elasticsearch $ES_VERSION needs a JDK 21 or newer; none found in ES_JAVA_HOME, JAVA_HOME or /usr/lib/jvm." \
      "Debian 12 has no openjdk-21 package: install Eclipse Temurin 21 or 25 (apt-get install temurin-21-jdk from the Adoptium repository)" \
      "and/or point ES_JAVA_HOME at it, then run start again."
    if [[ $EUID -eq 0 ]] && ! as_service "$es_jdk/bin/java" -version >/dev/null 2>&1; then
      die "user '$SERVICE_USER' cannot run $es_jdk/bin/java." "Install the JDK somewhere world-readable (e.g. /usr/lib/jvm) or set ES_JAVA_HOME."
    fi
  fi
  if (( launch_kc )); then
    if owner="$(port_owner "$KC_PORT")"; then
      die "Keycloak cannot start: port $KC_PORT is already in use by $owner." \
        "Stop that process, or use another port: TRUEREACH_KC_PORT=8181 $0 start"
    fi
    kc_jdk="$(find_kc_jdk "$(find_es_jdk || true)")" || die "Keycloak needs a JDK 17 or newer; none found." \
      "Install one, e.g. 'apt-get install openjdk-17-jdk-headless', or set JAVA_HOME."
  fi
  if (( launch_es )); then es_zip="$(download "$ES_ZIP_PATH" "$ES_ZIP_SHA1")"; unpack "$es_zip" "$ES_HOME" bin/elasticsearch; fi
  if (( launch_kc )); then kc_zip="$(download "$KC_ZIP_PATH" "$KC_ZIP_SHA1")"; unpack "$kc_zip" "$KC_HOME" bin/kc.sh; fi

  # PostgreSQL first: it takes seconds. Then ES and Keycloak start side by side and are awaited together.
  pg_start
  redis_start
  if (( ${#notes[@]} > 0 )); then printf '%s\n' "${notes[@]}"; fi
  if (( launch_es )); then es_launch "$es_jdk"; WAIT_TIMEOUT[elasticsearch]=$ES_TIMEOUT; fi
  if (( launch_kc )); then kc_launch "$kc_jdk"; WAIT_TIMEOUT[keycloak]=$KC_TIMEOUT; fi
  if (( ${#WAIT_TIMEOUT[@]} > 0 )); then
    say "Waiting for health (Elasticsearch up to ${ES_TIMEOUT}s, Keycloak up to ${KC_TIMEOUT}s)..."
    wait_for_services
  fi

  if (( ${#FAILED[@]} > 0 )); then
    printf '\nThe stack is NOT fully up: %s failed (see above). Logs: %s/\n' "${FAILED[*]}" "$LOG_DIR" >&2
    exit 1
  fi
  cat <<EOF

TrueReach stack is up ($((SECONDS - started_at))s).
  PostgreSQL     $JDBC_URL   user $DB_USER / password $DB_PASSWORD
  Redis          $REDIS_URL
  Elasticsearch  $ES_URL
  Keycloak       issuer $KC_ISSUER
                 admin console $KC_URL/admin  (admin / admin)
  Logs           $LOG_DIR/{postgres,redis,elasticsearch,keycloak}.log
  Stop with      $0 stop
EOF
}

cmd_stop() {
  local svc pid
  mkdir -p "$RUN_DIR"
  take_lock
  for svc in keycloak elasticsearch; do
    if pid_alive "$RUN_DIR/$svc.pid" "$(service_marker "$svc")"; then
      pid="$(<"$RUN_DIR/$svc.pid")"
      say "$(printf '%-14s' "$(service_title "$svc"):") stopping (pid $pid)"
      stop_group "$svc" "$pid"
    else
      say "$(printf '%-14s' "$(service_title "$svc"):") not running"
    fi
    rm -f "$RUN_DIR/$svc.pid"
  done
  redis_stop
  pg_stop
}

cmd_status() {
  local all_up=0 how
  find_pg_binaries
  if pid_alive "$RUN_DIR/postgres.pid" "$PG_DATA"; then how="started by the stack, pid $(<"$RUN_DIR/postgres.pid")"; else how="reused: not started by the stack"; fi
  if [[ -n $PG_CLIENT_BIN ]] && pg_app_login_ok; then
    printf '%-14s up    %-48s %s\n' "PostgreSQL" "$JDBC_URL" "($how)"
  else
    printf '%-14s down  %-48s\n' "PostgreSQL" "$JDBC_URL"; all_up=1
  fi
  if pid_alive "$RUN_DIR/redis.pid" "redis-server"; then how="started by the stack"; else how="reused: not started by the stack"; fi
  if redis_ready; then printf '%-14s up    %-48s %s\n' "Redis" "$REDIS_URL" "($how)"
  else printf '%-14s down  %-48s\n' "Redis" "$REDIS_URL"; all_up=1; fi
  if pid_alive "$RUN_DIR/elasticsearch.pid" "$ES_HOME"; then how="started by the stack, pid $(<"$RUN_DIR/elasticsearch.pid")"; else how="not started by the stack"; fi
  if es_healthy; then printf '%-14s up    %-48s %s\n' "Elasticsearch" "$ES_URL" "($how)"
  else printf '%-14s down  %-48s\n' "Elasticsearch" "$ES_URL"; all_up=1; fi
  if pid_alive "$RUN_DIR/keycloak.pid" "$KC_HOME"; then how="started by the stack, pid $(<"$RUN_DIR/keycloak.pid")"; else how="not started by the stack"; fi
  if kc_healthy; then printf '%-14s up    %-48s %s\n' "Keycloak" "$KC_ISSUER" "($how)"
  else printf '%-14s down  %-48s\n' "Keycloak" "$KC_ISSUER"; all_up=1; fi
  return $all_up
}

cmd_logs() {
  local svc="" follow=0 arg
  for arg in "$@"; do
    case $arg in
      -f|--follow) follow=1 ;;
      postgres|elasticsearch|keycloak) svc=$arg ;;
      *) die "unknown argument to logs: $arg" "Usage: $0 logs [postgres|elasticsearch|keycloak] [--follow]" ;;
    esac
  done
  if [[ -z $svc ]]; then
    (( follow )) && die "--follow needs a service name." "Usage: $0 logs keycloak --follow"
    for svc in postgres elasticsearch keycloak; do
      printf '===== %s =====\n' "$(log_of "$svc")"
      if [[ -f $(log_of "$svc") ]]; then tail -n 20 "$(log_of "$svc")"; else say "(no log yet)"; fi
    done
    return 0
  fi
  [[ -f $(log_of "$svc") ]] || die "no log yet at $(log_of "$svc")." "Run '$0 start' first."
  if (( follow )); then exec tail -n 100 -F "$(log_of "$svc")"; else tail -n 100 "$(log_of "$svc")"; fi
}

usage() {
  cat <<EOF
Usage: $0 start | stop | status | logs [postgres|elasticsearch|keycloak] [--follow]
State directory: $STACK_HOME (TRUEREACH_STACK_HOME)
EOF
}

main() {
  case "${1:-}" in
    start)  cmd_start ;;
    stop)   cmd_stop ;;
    status) cmd_status ;;
    logs)   shift; cmd_logs "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

# bash reads a script while running it: with everything in functions and 'exit' on the same line
# as the call, editing this file while a start is waiting cannot derail that start.
main "$@"; exit $?
