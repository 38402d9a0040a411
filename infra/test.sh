#!/usr/bin/env bash
# Runs every test of every module, setting up what they need first: the local stack (PostgreSQL,
# Redis, Elasticsearch, Keycloak) and, for the browser tests of the web app, Debian's Chromium and
# ChromeDriver. Extra arguments go to Maven (e.g. infra/test.sh -pl matching).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=infra/jdk.sh
source infra/jdk.sh

if [[ ! -x /usr/bin/chromedriver ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== Installing Chromium and ChromeDriver (browser tests of the web app)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver
  else
    echo "The browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

echo "== Starting the local stack"
bash infra/stack.sh start

# The tests run on the JDK the API runs on (infra/jdk.sh): the code targets 17, production prefers 25.
api_jdk=$(find_api_jdk) || { echo "The tests need a JDK 17 or newer (25 preferred); none found. Set TRUEREACH_API_JAVA_HOME." >&2; exit 1; }
echo "== Running every test on $api_jdk"
JAVA_HOME="$api_jdk" exec ./mvnw -ntp -B verify "$@"
