#!/usr/bin/env bash
# Sourced by .ci/run: starts a throw-away PostgreSQL cluster on loopback for the server-mode tests and
# exports CORDON_TEST_PG_URL, CORDON_TEST_PG_USER and CORDON_TEST_PG_PASSWORD. When PostgreSQL cannot
# be installed or started it says why and exports nothing: those tests then skip with that reason.
# stop_test_postgres (called by .ci/run's exit trap) stops the cluster and removes its folder.

start_test_postgres() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    $sudo apt-get install -y -qq postgresql >/dev/null 2>&1 \
      || { $sudo apt-get update -qq && $sudo apt-get install -y -qq postgresql >/dev/null 2>&1; } \
      || { echo "postgres.sh: PostgreSQL could not be installed; its tests will be skipped"; return 0; }
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local port=${CORDON_TEST_PG_PORT:-55432}
  TEST_PG_DIR=$(mktemp -d /tmp/cordon-pg.XXXXXX)
  local password="cordon-test-$RANDOM$RANDOM"
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root
    chown postgres: "$TEST_PG_DIR"
    run_as=(runuser -u postgres --)
  fi
  echo "$password" > "$TEST_PG_DIR/pw" && chmod 644 "$TEST_PG_DIR/pw"
  if ! "${run_as[@]}" "$bin/initdb" -D "$TEST_PG_DIR/data" -U postgres --auth=scram-sha-256 \
        --pwfile="$TEST_PG_DIR/pw" -E UTF8 --locale=C.UTF-8 >"$TEST_PG_DIR/initdb.log" 2>&1; then
    echo "postgres.sh: initdb failed (see below); the PostgreSQL tests will be skipped"; tail -5 "$TEST_PG_DIR/initdb.log"
    return 0
  fi
  if ! "${run_as[@]}" "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $TEST_PG_DIR" start >/dev/null; then
    echo "postgres.sh: PostgreSQL did not start (see below); its tests will be skipped"; tail -5 "$TEST_PG_DIR/server.log"
    return 0
  fi
  TEST_PG_BIN=$bin
  TEST_PG_RUN_AS=("${run_as[@]}")
  if ! PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE cordon LOGIN CREATEROLE PASSWORD '$password'" -c "CREATE DATABASE cordon_test OWNER cordon" >/dev/null; then
    echo "postgres.sh: could not create the test database; the PostgreSQL tests will be skipped"
    return 0
  fi
  export CORDON_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/cordon_test"
  export CORDON_TEST_PG_USER=cordon
  export CORDON_TEST_PG_PASSWORD="$password"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') runs on 127.0.0.1:$port for the tests"
}

stop_test_postgres() {
  if [ -n "${TEST_PG_BIN:-}" ]; then
    "${TEST_PG_RUN_AS[@]}" "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  [ -n "${TEST_PG_DIR:-}" ] && rm -rf "$TEST_PG_DIR"
  return 0
}
