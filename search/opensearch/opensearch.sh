#!/usr/bin/env bash
# A single-node OpenSearch on 127.0.0.1 for development and CI, built from Maven Central (README.md).
#
#   search/opensearch/opensearch.sh start|stop|status|restart
#
# Environment:
#   OPENSEARCH_VERSION    2 (default: OpenSearch 2.19 on Java 17) or 3 (OpenSearch 3.x on Java 21+)
#   OPENSEARCH_PORT       HTTP port (default 9200 for 2, 9201 for 3; transport uses the port + 100)
#   OPENSEARCH_JAVA_HOME  the JDK to build and run with (default: the machine's java for 2,
#                         /usr/lib/jvm/temurin-25-jdk-amd64 for 3 if present)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for the cluster to turn yellow (default 120)
#   OPENSEARCH_WORK       the node's folder: data, pid file, log (default search/opensearch/work/opensearch<VERSION>;
#                         delete it to start empty; another folder and port give a second node of the same version)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${OPENSEARCH_VERSION:-2}"
case "$version" in
    2) default_port=9200 profile="" default_java_home="" locale_providers="SPI,COMPAT" extra_opts=() ;;
    3) default_port=9201 profile="-Popensearch3" default_java_home=/usr/lib/jvm/temurin-25-jdk-amd64
       locale_providers="SPI,CLDR" extra_opts=(--enable-native-access=ALL-UNNAMED) ;;
    *) echo "OPENSEARCH_VERSION must be 2 or 3, not '$version'" >&2; exit 2 ;;
esac
port="${OPENSEARCH_PORT:-$default_port}"
java_home="${OPENSEARCH_JAVA_HOME:-}"
if [[ -z "$java_home" && -n "$default_java_home" && -x "$default_java_home/bin/java" ]]; then
    java_home="$default_java_home"
fi
java="${java_home:+$java_home/bin/}java"
build="$here/target/opensearch$version"
work="${OPENSEARCH_WORK:-$here/work/opensearch$version}"
pid_file="$work/opensearch.pid"
log_file="$work/opensearch.log"
url="http://127.0.0.1:$port"
timeout="${OPENSEARCH_START_TIMEOUT:-120}"

log() { echo "opensearch.sh: $*" >&2; }

running_pid() {  # the pid of our node if it is alive
    [[ -f "$pid_file" ]] || return 1
    local pid
    pid="$(cat "$pid_file")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -qa portal.EmbeddedOpenSearch "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

healthy() { curl -fsS --max-time 5 "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

build_if_needed() {
    # Rebuild when the jars or classes are missing or the pom/sources changed since the last build.
    local stamp="$build/.built"
    if [[ -f "$stamp" && -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]; then
        return 0
    fi
    command -v mvn >/dev/null || { log "mvn not found (apt-get install maven)"; exit 1; }
    log "building OpenSearch $version (Maven; the first build downloads about 70 MB into ~/.m2)"
    local started=$SECONDS
    rm -rf "$build"
    # -q: only errors (Debian's Maven 3.8.7 still prints colour codes: stripped); MAVEN_OPTS silences Maven 3.8's sun.misc.Unsafe warnings on Java 24+.
    local maven_opts="${MAVEN_OPTS:-}"
    [[ "$version" == 3 ]] && maven_opts+=" --sun-misc-unsafe-memory-access=allow"
    (cd "$here" && JAVA_HOME="${java_home:-${JAVA_HOME:-}}" MAVEN_OPTS="$maven_opts" \
        mvn -q -B -Dstyle.color=never $profile compile dependency:copy-dependencies 2>&1) \
        | { sed -e 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' || true; } >&2 \
        || { log "build failed"; exit 1; }
    touch "$stamp"
    log "built in $((SECONDS - started)) s"
}

start() {
    local pid
    if pid="$(running_pid)"; then
        local running_port
        running_port="$(cat "$work/opensearch.port" 2>/dev/null || true)"
        if [[ "$running_port" != "$port" ]]; then
            log "OpenSearch $version already runs (pid $pid) on port ${running_port:-?}, not $port: stop it first"
            exit 1
        fi
        if healthy; then
            log "already running (pid $pid) on $url"
            return 0
        fi
        log "pid $pid is starting; waiting for it"
    else
        if port_in_use "$port"; then
            log "port $port is in use by another process; set OPENSEARCH_PORT"
            exit 1
        fi
        build_if_needed
        mkdir -p "$work/tmp"
        : >"$log_file"
        # The JVM flags OpenSearch's own jvm.options set, with a fixed heap; no security, no bootstrap checks.
        nohup "$java" -Xms512m -Xmx1g -XX:+UseG1GC -XX:TieredStopAtLevel=1 \
            -Djava.locale.providers="$locale_providers" -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
            -Djna.nosys=true -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
            -Dio.netty.recycler.maxCapacityPerThread=0 -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
            -XX:-OmitStackTraceInFastThrow -Djava.io.tmpdir="$work/tmp" -XX:ErrorFile="$work/hs_err_pid%p.log" \
            ${extra_opts[@]+"${extra_opts[@]}"} \
            -cp "$build/classes:$build/lib/*" portal.EmbeddedOpenSearch "$work" "$here/config" "$port" \
            >>"$log_file" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$pid_file"
        echo "$port" >"$work/opensearch.port"
        log "started pid $pid, log $log_file"
    fi
    local started=$SECONDS
    until healthy; do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "OpenSearch exited during start-up; the end of $log_file:"
            tail -n 40 "$log_file" >&2
            rm -f "$pid_file" "$work/opensearch.port"
            exit 1
        fi
        if ((SECONDS - started >= timeout)); then
            log "not yellow after ${timeout} s; the end of $log_file:"
            tail -n 40 "$log_file" >&2
            exit 1
        fi
        sleep 1
    done
    log "OpenSearch $version ready on $url after $((SECONDS - started)) s"
}

stop() {
    local pid
    port="$(cat "$work/opensearch.port" 2>/dev/null || echo "$port")"
    if ! pid="$(running_pid)"; then
        rm -f "$pid_file"
        log "not running"
        return 0
    fi
    kill -TERM "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null; do
        if ((waited >= 60)); then
            log "pid $pid still alive after 60 s; sending KILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 1
        waited=$((waited + 1))
    done
    waited=0
    while port_in_use "$port" && ((waited < 30)); do
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$pid_file" "$work/opensearch.port"
    log "stopped (pid $pid)"
}

status() {
    if curl -fsS --max-time 5 "$url/_cluster/health?pretty"; then
        return 0
    fi
    log "not answering on $url"
    return 3
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
