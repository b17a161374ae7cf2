#!/usr/bin/env bash
# The servers the full test suite and the benchmarks use, installed from Debian's packages
# and started on loopback, idempotently (a second run changes nothing):
#   PostgreSQL 127.0.0.1:5432, user postgres with trust authentication (local machines only);
#   Redis      127.0.0.1:6379, no persistence.
# OpenSearch has its own script (search/opensearch/opensearch.sh); `make services` runs both.
#
#   tools/services.sh start    install what is missing, configure, start what is down
#   tools/services.sh status   say what runs
# Needs root (apt-get, the postgres system user), as CI and the project's machines run.
set -euo pipefail

PG_PORT=5432
REDIS_PORT=6379
MARK="# portal: trust for postgres on loopback (tools/services.sh)"

say() { printf 'services: %s\n' "$*"; }

apt_install() {
    say "installing $*"
    if [ -z "${_apt_updated:-}" ]; then
        apt-get update -qq
        _apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_cluster() {
    # The newest cluster Debian created (postgresql-common makes "<version> main" on install).
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1 || true)
    if [ -z "$version" ]; then
        version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
        say "creating cluster $version/main"
        pg_createcluster --port "$PG_PORT" "$version" main >/dev/null
    fi
    echo "$version"
}

start_postgresql() {
    command -v pg_ctlcluster >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 \
        || apt_install postgresql
    local version conf hba
    version=$(pg_cluster)
    conf=/etc/postgresql/$version/main
    hba=$conf/pg_hba.conf
    if ! grep -qF "$MARK" "$hba"; then
        # First match wins in pg_hba.conf: the trust lines go before Debian's scram ones.
        { echo "$MARK"
          echo "host    all    postgres    127.0.0.1/32    trust"
          echo "host    all    postgres    ::1/128         trust"
          cat "$hba"; } > "$hba.new"
        chown postgres:postgres "$hba.new"
        mv "$hba.new" "$hba"
        say "pg_hba.conf: postgres trusted on loopback"
        pg_ctlcluster --skip-systemctl-redirect "$version" main reload 2>/dev/null || true
    fi
    if ! pg_isready -h 127.0.0.1 -p "$PG_PORT" -q; then
        say "starting PostgreSQL $version on 127.0.0.1:$PG_PORT"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start
        for _ in $(seq 60); do pg_isready -h 127.0.0.1 -p "$PG_PORT" -q && break; sleep 1; done
    fi
    pg_isready -h 127.0.0.1 -p "$PG_PORT" -q || { say "PostgreSQL did not start"; exit 1; }
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc 'SELECT 1' >/dev/null \
        || { say "postgres is not trusted on 127.0.0.1:$PG_PORT (see $hba)"; exit 1; }
}

start_redis() {
    command -v redis-server >/dev/null || apt_install redis-server
    if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        say "starting Redis on 127.0.0.1:$REDIS_PORT"
        redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes \
            --logfile /tmp/portal-redis.log >/dev/null
        for _ in $(seq 30); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 1; done
    fi
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 || { say "Redis did not start"; exit 1; }
}

case "${1:-start}" in
    start)
        start_postgresql
        start_redis
        say "PostgreSQL 127.0.0.1:$PG_PORT and Redis 127.0.0.1:$REDIS_PORT are up"
        ;;
    status)
        pg_isready -h 127.0.0.1 -p "$PG_PORT" || true
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>&1 || true
        ;;
    *)
        echo "usage: $0 {start|status}" >&2
        exit 2
        ;;
esac
