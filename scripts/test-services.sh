#!/usr/bin/env bash
# Throwaway PostgreSQL and ClickHouse servers for the tests, and chDB (ClickHouse in-process).
#
# Standalone:  scripts/test-services.sh start   start both, provide chDB, print `export …` lines on stdout
#              scripts/test-services.sh env     print the `export …` lines of the running set
#              scripts/test-services.sh stop    stop the set started by `start`
#              scripts/test-services.sh install install the Debian packages the tests need
#              scripts/test-services.sh chdb    provide chDB only, print its `export …` line
#              scripts/test-services.sh clickhouse-start DIR   a private ClickHouse server in DIR, for a test
#                  that stops it (the outage tests): prints its HTTP port; run again on the same DIR, it
#                  relaunches the server with the same ports and data
#              scripts/test-services.sh clickhouse-stop DIR [--kill]   stop it (TERM, or SIGKILL)
#              scripts/test-services.sh postgres-start DIR / postgres-stop DIR [--kill]   the same for a
#                  private PostgreSQL (--kill: pg_ctl's immediate mode, a crash without shutdown)
#              scripts/test-services.sh smalldisk-mount DIR SIZE_MB   a tmpfs of SIZE_MB on DIR (created
#                  if absent), for a test that fills its data folder (the disk-full tests): prints DIR's path;
#                  needs root or sudo
#              scripts/test-services.sh smalldisk-unmount DIR   unmount it (nothing to do when not mounted)
#   e.g.  eval "$(scripts/test-services.sh start)"; mvn -pl reports test; scripts/test-services.sh stop
#
# Sourced (./tthc test does this):  . scripts/test-services.sh
#   ts_install_packages; ts_start; trap ts_stop EXIT; …  — ts_start exports the TTHC_TEST_* variables
#   and fills the array TS_MAVEN_PROPS with the same settings as -D system properties.
#
# Every server listens on 127.0.0.1 on a port found free at start time; data, config and logs live
# in .tthc/test-services/<run>/ (git-ignored) and are deleted on stop unless TTHC_KEEP_TEST_SERVICES=1.
# chDB's libchdb.so (npm package @chdb/lib-linux-x64-gnu) is fetched once into .tthc/chdb/<version>/
# (git-ignored), checked against a pinned SHA-512, and reused by every later run.
# Messages go to standard error; only `start`, `env`, `chdb` and the `*-start`/`smalldisk-mount` commands
# write to standard output.

# shellcheck disable=SC2031  # TS_RUN_DIR is set in a subshell only in ts_reap_stale, on purpose
TS_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Not under target/: `mvn clean` of the root project would delete the data of running servers.
TS_BASE="${TTHC_TEST_SERVICES_DIR:-$TS_REPO_ROOT/.tthc/test-services}"
TS_START_TIMEOUT="${TTHC_TEST_SERVICES_TIMEOUT:-30}"
TS_RUN_DIR=""
TS_PORTS_TAKEN=""
TS_PORT=""
TS_PG_STARTED=""
TS_MAVEN_PROPS=()
TS_CHDB_PACKAGE="@chdb/lib-linux-x64-gnu"
TS_CHDB_VERSION="26.7.3-stable.1"
# SHA-512 of the npm tarball, the registry's dist.integrity in hex: what we tested is what we load.
TS_CHDB_TARBALL_SHA512="5cff7b98caa7739b59a4a432c11f0dedc2d3b073624e61ebdf4a42e66ce8de35a6ba48ca9f62016bad1cd81fe059435cb858ce3235a8a2b408082a81563e70a7"
TS_CHDB_DIR="${TTHC_CHDB_DIR:-$TS_REPO_ROOT/.tthc/chdb}/$TS_CHDB_VERSION"

ts_log() { printf '[test-services] %s\n' "$*" >&2; }
ts_die() { ts_log "ERROR: $*"; return 1; }

# Milliseconds since the epoch, for the phase timings.
ts_now_ms() { date +%s%3N; }
ts_elapsed() { # start_ms → "1.23 s"
    local ms=$(( $(ts_now_ms) - $1 ))
    printf '%d.%02d s' $(( ms / 1000 )) $(( (ms % 1000) / 10 ))
}

# ---------------------------------------------------------------------------------------------
# Packages

ts_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else ts_die "need root to run: $* (no sudo on this machine)"; fi
}

ts_pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Installs, from Debian's archive, whatever the tests need and this machine lacks:
# clickhouse-server (18.16 in bookworm), postgresql-15, fonts-dejavu-core (JasperReports fonts),
# curl (health checks), poppler-utils (pdftotext for the report tests), chromium and chromium-driver
# (the portal's browser test, /usr/bin/chromium and
# /usr/bin/chromedriver), npm (to fetch chDB, only while it is not cached yet), and a JDK 17 and Maven
# when there are none. `apt-get update` runs once, and only when something is missing.
ts_install_packages() {
    local missing=() pkg
    for pkg in clickhouse-server postgresql-15 fonts-dejavu-core curl chromium chromium-driver poppler-utils; do
        ts_pkg_installed "$pkg" || missing+=("$pkg")
    done
    ts_chdb_cached || command -v npm >/dev/null 2>&1 || missing+=(npm)
    # The build itself: Debian 12's JDK 17 and Maven 3.8.7 are the versions of STACK.md.
    command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || ts_die "missing ${missing[*]} and no apt-get to install them" || return 1
    ts_log "installing ${missing[*]} (apt-get update first)"
    export DEBIAN_FRONTEND=noninteractive
    ts_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
    ts_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >&2 || return 1
}

# ---------------------------------------------------------------------------------------------
# Ports

ts_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Sets TS_PORT to a port nobody listens on (below the kernel's ephemeral range, so outgoing
# connections do not take it either) and that this run has not handed out yet.
ts_pick_port() {
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 12000 ))
        case " $TS_PORTS_TAKEN " in *" $port "*) continue ;; esac
        ts_port_in_use "$port" && continue
        TS_PORTS_TAKEN="$TS_PORTS_TAKEN $port"
        TS_PORT="$port"
        return 0
    done
    ts_die "no free port found in 20000-31999"
}

# ---------------------------------------------------------------------------------------------
# Run folder

ts_new_run_dir() {
    mkdir -p "$TS_BASE"
    TS_RUN_DIR="$TS_BASE/run-$(date +%Y%m%d-%H%M%S)-$$"
    mkdir -p "$TS_RUN_DIR"
    chmod 755 "$TS_RUN_DIR"
}

ts_tail_log() { # file…: the last lines of each existing log, to standard error
    local f
    for f in "$@"; do
        [ -s "$f" ] || continue
        printf -- '----- last lines of %s -----\n' "$f" >&2
        tail -n 30 "$f" >&2
    done
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL

ts_pg_bin() {
    local dir
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        ts_die "PostgreSQL not found under /usr/lib/postgresql/*/bin (apt-get install postgresql-15)"
        return 1
    fi
    printf '%s' "$dir"
}

# initdb refuses to run as root: as root we run the server as the `postgres` user (created by the
# Debian package), otherwise as ourselves.
ts_pg_user() { if [ "$(id -u)" -eq 0 ]; then printf 'postgres'; else id -un; fi; }
ts_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ts_start_postgres() {
    local bin pg_dir t0
    t0=$(ts_now_ms)
    bin="$(ts_pg_bin)" || return 1
    id postgres >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ] || ts_die "no 'postgres' user; is postgresql-15 installed?" || return 1
    pg_dir="$TS_RUN_DIR/pg"
    mkdir -p "$pg_dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$pg_dir"
        # The postgres user must be able to reach the folder (a clone under /root is not reachable).
        if ! runuser -u postgres -- test -w "$pg_dir"; then
            rmdir "$pg_dir"
            pg_dir="$(mktemp -d /tmp/tthc-test-pg.XXXXXX)"
            chown postgres: "$pg_dir"
            ln -s "$pg_dir" "$TS_RUN_DIR/pg"
            ts_log "postgres cannot reach $TS_RUN_DIR; its cluster lives in $pg_dir"
        fi
    fi
    echo "$pg_dir" > "$TS_RUN_DIR/pg.dir"
    if ! ts_as_pg "$bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            > "$pg_dir/initdb.log" 2>&1; then
        ts_tail_log "$pg_dir/initdb.log"
        ts_die "initdb failed"
        return 1
    fi
    for _ in 1 2 3; do
        ts_pick_port || return 1
        # No unix socket (its path would be limited to 107 bytes): TCP on 127.0.0.1 only.
        if ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t "$TS_START_TIMEOUT" \
                -o "-p $TS_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                start > "$pg_dir/pg_ctl.log" 2>&1; then
            TS_PG_STARTED=1
            break
        fi
        if grep -qiE 'could not (bind|create listen)|already in use' "$pg_dir/server.log" 2>/dev/null; then
            ts_log "port $TS_PORT was taken meanwhile; trying another"
            ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
            continue
        fi
        ts_tail_log "$pg_dir/pg_ctl.log" "$pg_dir/server.log"
        ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        ts_die "PostgreSQL did not start within ${TS_START_TIMEOUT} s (log: $pg_dir/server.log)"
        return 1
    done
    [ -n "$TS_PG_STARTED" ] || { ts_die "PostgreSQL: no port could be bound"; return 1; }
    echo "$TS_PORT" > "$TS_RUN_DIR/pg.port"
    if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$TS_PORT" -U postgres -t "$TS_START_TIMEOUT"; then
        ts_tail_log "$pg_dir/server.log"
        ts_die "PostgreSQL started but does not answer on 127.0.0.1:$TS_PORT"
        return 1
    fi
    export TTHC_TEST_PG_HOST=127.0.0.1
    export TTHC_TEST_PG_PORT="$TS_PORT"
    export TTHC_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$TS_PORT/postgres"
    export TTHC_TEST_PG_USER=postgres
    export TTHC_TEST_PG_PASSWORD=""
    ts_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$TS_PORT in $(ts_elapsed "$t0") (initdb included)"
}

# A private server in $1 (the outage tests): started fresh (initdb), or started again on its port and data.
ts_private_postgres_start() {
    local bin pg_dir port
    TS_RUN_DIR="$1"
    if [ ! -s "$TS_RUN_DIR/pg.port" ]; then
        mkdir -p "$TS_RUN_DIR"
        ts_start_postgres || return 1
        cat "$TS_RUN_DIR/pg.port"
        return 0
    fi
    bin="$(ts_pg_bin)" || return 1
    pg_dir="$(cat "$TS_RUN_DIR/pg.dir")"
    port="$(cat "$TS_RUN_DIR/pg.port")"
    if ! ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
        ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t "$TS_START_TIMEOUT" \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start > "$pg_dir/pg_ctl.log" 2>&1 || { ts_tail_log "$pg_dir/server.log"; ts_die "PostgreSQL in $TS_RUN_DIR did not start again"; return 1; }
    fi
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -t "$TS_START_TIMEOUT" \
        || { ts_die "PostgreSQL in $TS_RUN_DIR does not answer on 127.0.0.1:$port"; return 1; }
    echo "$port"
}

ts_private_postgres_stop() { # dir [--kill]
    local bin pg_dir
    TS_RUN_DIR="$1"
    if [ "${2:-}" = --kill ]; then
        bin="$(ts_pg_bin)" || return 1
        pg_dir="$(cat "$TS_RUN_DIR/pg.dir")"
        ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    else
        ts_stop_postgres
    fi
}

ts_stop_postgres() {
    local bin pg_dir
    [ -n "$TS_RUN_DIR" ] && [ -f "$TS_RUN_DIR/pg.dir" ] || return 0
    pg_dir="$(cat "$TS_RUN_DIR/pg.dir")"
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        bin="$(ts_pg_bin)" || return 1
        ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
            || ts_as_pg "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 \
            || ts_log "could not stop PostgreSQL in $pg_dir"
    fi
    TS_PG_STARTED=""
}

# ---------------------------------------------------------------------------------------------
# ClickHouse (Debian's clickhouse-server 18.16)

ts_ch_bin() {
    local b
    for b in "$(command -v clickhouse-server 2>/dev/null)" /usr/sbin/clickhouse-server /usr/bin/clickhouse-server; do
        [ -n "$b" ] && [ -x "$b" ] && { printf '%s' "$b"; return 0; }
    done
    ts_die "clickhouse-server not found (apt-get install clickhouse-server)"
}

ts_ch_write_config() { # dir http_port tcp_port
    local d="$1"
    cat > "$d/config.xml" <<EOF
<?xml version="1.0"?>
<!-- Generated by scripts/test-services.sh: a throwaway ClickHouse server for the tests. -->
<yandex>
    <logger>
        <level>information</level>
        <log>$d/server.log</log>
        <errorlog>$d/server.err.log</errorlog>
        <stdout>$d/stdout.log</stdout>
        <stderr>$d/stderr.log</stderr>
        <size>50M</size>
        <count>1</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>$2</http_port>
    <tcp_port>$3</tcp_port>
    <path>$d/data/</path>
    <tmp_path>$d/tmp/</tmp_path>
    <user_files_path>$d/user_files/</user_files_path>
    <format_schema_path>$d/format_schemas/</format_schema_path>
    <users_config>$d/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mark_cache_size>67108864</mark_cache_size>
    <uncompressed_cache_size>67108864</uncompressed_cache_size>
    <max_connections>256</max_connections>
    <max_concurrent_queries>64</max_concurrent_queries>
    <keep_alive_timeout>3</keep_alive_timeout>
    <mlock_executable>false</mlock_executable>
    <builtin_dictionaries_reload_interval>0</builtin_dictionaries_reload_interval>
</yandex>
EOF
    if [ -r /etc/clickhouse-server/users.xml ]; then
        cp /etc/clickhouse-server/users.xml "$d/users.xml"
    else
        # The packaged file is gone (e.g. removed by hand); the same defaults, minimal.
        cat > "$d/users.xml" <<'EOF'
<?xml version="1.0"?>
<yandex>
    <profiles><default><max_memory_usage>10000000000</max_memory_usage><use_uncompressed_cache>0</use_uncompressed_cache><load_balancing>random</load_balancing></default><readonly><readonly>1</readonly></readonly></profiles>
    <users><default><password></password><networks><ip>::1</ip><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
EOF
    fi
    # The read-only analyst user of a deployment (docs/configuration.md), added as a deployment adds it: a file in
    # users.d beside users.xml. readonly=2, not 1: the analyst query path sends its limits as settings of each query,
    # which readonly=1 refuses; 2 still refuses every write and DDL, and changing readonly itself. 18.16 checks
    # allow_databases also for the tables a view reads, so the mirrored database (default here) is allowed too.
    # The warehouse tests run in parallel JVMs, each with a database of its own (tthc_test_N, views in
    # tthc_test_N_analyst; warehouse/pom.xml): those are allowed as well.
    mkdir -p "$d/users.d"
    cat > "$d/users.d/analyst.xml" <<'EOF'
<?xml version="1.0"?>
<yandex>
    <profiles><analyst><readonly>2</readonly></analyst></profiles>
    <users>
        <analyst>
            <password></password>
            <networks><ip>::1</ip><ip>127.0.0.1</ip></networks>
            <profile>analyst</profile>
            <quota>default</quota>
            <allow_databases>
                <database>analyst</database><database>default</database>
                <database>tthc_test_1</database><database>tthc_test_1_analyst</database>
                <database>tthc_test_2</database><database>tthc_test_2_analyst</database>
                <database>tthc_test_3</database><database>tthc_test_3_analyst</database>
                <database>tthc_test_4</database><database>tthc_test_4_analyst</database>
            </allow_databases>
        </analyst>
    </users>
</yandex>
EOF
}

# A process that exists and is not a zombie (kill -0 succeeds on zombies, which a PID 1 that does
# not reap — containers, micro-VMs — leaves behind for a while).
ts_alive() {
    local state
    state="$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$1/stat" 2>/dev/null || true)"
    [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

ts_ch_pid() { [ -n "$TS_RUN_DIR" ] && [ -s "$TS_RUN_DIR/ch/server.pid" ] && cat "$TS_RUN_DIR/ch/server.pid"; }

ts_start_clickhouse() {
    local bin d http tcp t0 deadline pid answer
    t0=$(ts_now_ms)
    bin="$(ts_ch_bin)" || return 1
    d="$TS_RUN_DIR/ch"
    for _ in 1 2 3; do
        rm -rf "$d"
        mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/format_schemas"
        ts_pick_port || return 1; http="$TS_PORT"
        ts_pick_port || return 1; tcp="$TS_PORT"
        ts_ch_write_config "$d" "$http" "$tcp"
        # --daemon: it detaches (survives a standalone `start`) and writes its pid file. It runs as
        # the calling user, root included (18.16 does not refuse root); all its files are in $d.
        if ! (cd "$d" && "$bin" --config-file="$d/config.xml" --pid-file="$d/server.pid" --daemon \
                > "$d/launch.log" 2>&1); then
            ts_tail_log "$d/launch.log" "$d/stderr.log" "$d/server.err.log"
            ts_die "clickhouse-server failed to launch"
            return 1
        fi
        deadline=$(( $(date +%s) + TS_START_TIMEOUT ))
        answer=""
        while [ "$(date +%s)" -lt "$deadline" ]; do
            answer="$(curl -s --max-time 2 "http://127.0.0.1:$http/ping" 2>/dev/null || true)"
            [ "$answer" = "Ok." ] && break
            pid="$(ts_ch_pid || true)"
            if [ -n "$pid" ] && ! ts_alive "$pid"; then break; fi   # it died
            sleep 0.1
        done
        [ "$answer" = "Ok." ] && break
        if grep -qiE 'already in use|Address in use' "$d/server.err.log" "$d/stderr.log" 2>/dev/null; then
            ts_log "port $http or $tcp was taken meanwhile; trying others"
            ts_stop_clickhouse
            continue
        fi
        ts_tail_log "$d/launch.log" "$d/stderr.log" "$d/server.err.log" "$d/server.log"
        ts_stop_clickhouse
        ts_die "ClickHouse did not answer on http://127.0.0.1:$http/ping within ${TS_START_TIMEOUT} s (logs: $d)"
        return 1
    done
    [ "$answer" = "Ok." ] || { ts_die "ClickHouse: no ports could be bound"; return 1; }
    echo "$http $tcp" > "$TS_RUN_DIR/ch.ports"
    export TTHC_TEST_CH_HOST=127.0.0.1
    export TTHC_TEST_CH_HTTP_PORT="$http"
    export TTHC_TEST_CH_TCP_PORT="$tcp"
    export TTHC_TEST_CH_URL="jdbc:clickhouse://127.0.0.1:$http/default"
    export TTHC_TEST_CH_USER=default
    export TTHC_TEST_CH_ANALYST_USER=analyst
    ts_log "ClickHouse $(curl -s --max-time 5 "http://127.0.0.1:$http/?query=SELECT%20version()") ready on 127.0.0.1:$http (http), $tcp (tcp) in $(ts_elapsed "$t0")"
}

# A private server in $1 (the outage tests): started fresh, or relaunched on its ports and data.
ts_private_clickhouse_start() {
    local bin d http tcp pid answer deadline
    TS_RUN_DIR="$1"
    d="$TS_RUN_DIR/ch"
    if [ ! -s "$TS_RUN_DIR/ch.ports" ]; then
        mkdir -p "$TS_RUN_DIR"
        ts_start_clickhouse >/dev/null || return 1
        cut -d' ' -f1 "$TS_RUN_DIR/ch.ports"
        return 0
    fi
    read -r http tcp < "$TS_RUN_DIR/ch.ports"
    pid="$(ts_ch_pid || true)"
    if [ -z "$pid" ] || ! ts_alive "$pid"; then
        bin="$(ts_ch_bin)" || return 1
        rm -f "$d/server.pid"
        (cd "$d" && "$bin" --config-file="$d/config.xml" --pid-file="$d/server.pid" --daemon \
            >> "$d/launch.log" 2>&1) || { ts_tail_log "$d/launch.log" "$d/server.err.log"; ts_die "relaunch failed"; return 1; }
    fi
    deadline=$(( $(date +%s) + TS_START_TIMEOUT ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        answer="$(curl -s --max-time 2 "http://127.0.0.1:$http/ping" 2>/dev/null || true)"
        [ "$answer" = "Ok." ] && { echo "$http"; return 0; }
        sleep 0.1
    done
    ts_tail_log "$d/server.err.log"
    ts_die "ClickHouse in $TS_RUN_DIR did not answer on port $http within ${TS_START_TIMEOUT} s"
}

ts_private_clickhouse_stop() { # dir [--kill]
    local pid
    TS_RUN_DIR="$1"
    if [ "${2:-}" = --kill ]; then
        pid="$(ts_ch_pid || true)"
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
        while [ -n "$pid" ] && ts_alive "$pid"; do sleep 0.05; done
        rm -f "$TS_RUN_DIR/ch/server.pid"
    else
        ts_stop_clickhouse
    fi
}

ts_stop_clickhouse() {
    local pid
    pid="$(ts_ch_pid || true)"
    [ -n "$pid" ] || return 0
    if ts_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            ts_alive "$pid" || break
            sleep 0.1
        done
        if ts_alive "$pid"; then
            ts_log "ClickHouse (pid $pid) ignored TERM for 10 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$TS_RUN_DIR/ch/server.pid"
}

# ---------------------------------------------------------------------------------------------
# chDB (ClickHouse's current engine as a library, loaded in-process by the tests through JNA)

ts_chdb_lib() { printf '%s/libchdb.so' "$TS_CHDB_DIR"; }

# Cached and verified: the library is there and the marker holds the pinned checksum it was checked
# against (the marker is written last, so an interrupted fetch is never taken for a finished one).
ts_chdb_cached() {
    [ -s "$(ts_chdb_lib)" ] && [ "$(cat "$TS_CHDB_DIR/verified" 2>/dev/null || true)" = "$TS_CHDB_TARBALL_SHA512" ]
}

# Exports TTHC_TEST_CHDB_LIB, fetching the npm package first when it is not cached: `npm pack` (the
# registry's tarball, no install scripts run), SHA-512 check, then only libchdb.so is unpacked
# (566 MB; the package's Node binding is not needed). ~20 s once, then 0 s.
ts_provide_chdb() {
    local t0 work tarball sum
    t0=$(ts_now_ms)
    if ! ts_chdb_cached; then
        command -v npm >/dev/null 2>&1 || ts_die "npm not found (scripts/test-services.sh install)" || return 1
        ts_log "fetching chDB: npm pack $TS_CHDB_PACKAGE@$TS_CHDB_VERSION (~180 MB) into $TS_CHDB_DIR"
        mkdir -p "$TS_CHDB_DIR"
        rm -rf "$TS_CHDB_DIR"/fetch.*
        work="$(mktemp -d "$TS_CHDB_DIR/fetch.XXXXXX")"
        # A private npm cache, deleted with the work folder: no second copy of the tarball in ~/.npm.
        if ! (cd "$work" && npm pack --silent --cache "$work/npm-cache" "$TS_CHDB_PACKAGE@$TS_CHDB_VERSION" \
                > "$work/npm-pack.log" 2>&1); then
            ts_tail_log "$work/npm-pack.log"
            rm -rf "$work"
            ts_die "npm pack $TS_CHDB_PACKAGE@$TS_CHDB_VERSION failed"
            return 1
        fi
        tarball="$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)"
        sum="$(sha512sum "$tarball" 2>/dev/null | awk '{print $1}')"
        if [ "$sum" != "$TS_CHDB_TARBALL_SHA512" ]; then
            rm -rf "$work"
            ts_die "chDB tarball checksum mismatch: got ${sum:-nothing}, pinned $TS_CHDB_TARBALL_SHA512"
            return 1
        fi
        if ! tar -xzf "$tarball" -C "$work" package/libchdb.so; then
            rm -rf "$work"
            ts_die "could not unpack libchdb.so from $tarball"
            return 1
        fi
        rm -f "$TS_CHDB_DIR/verified"
        mv -f "$work/package/libchdb.so" "$(ts_chdb_lib)"
        printf '%s\n' "$TS_CHDB_TARBALL_SHA512" > "$TS_CHDB_DIR/verified"
        rm -rf "$work"
        ts_log "chDB $TS_CHDB_VERSION fetched and verified in $(ts_elapsed "$t0")"
    fi
    export TTHC_TEST_CHDB_LIB
    TTHC_TEST_CHDB_LIB="$(ts_chdb_lib)"
    ts_log "chDB $TS_CHDB_VERSION at $TTHC_TEST_CHDB_LIB"
}

# ---------------------------------------------------------------------------------------------
# Small disks (the disk-full tests)

# Mounts a tmpfs of $2 MB on $1 (created if absent), owned by the caller: a data folder that a test fills
# up, so that writes fail with the OS's own "No space left on device". Prints the folder's absolute path.
ts_smalldisk_mount() { # dir size_mb
    local dir="$1" size="$2"
    case "$size" in
        ''|*[!0-9]*|0) ts_die "the size must be a whole number of megabytes, was '$size'"; return 1 ;;
    esac
    mkdir -p "$dir" || { ts_die "cannot create $dir"; return 1; }
    dir="$(cd "$dir" && pwd)"
    if mountpoint -q "$dir"; then
        ts_die "$dir is a mount point already (unmount it with: $0 smalldisk-unmount $dir)"
        return 1
    fi
    if ! ts_as_root mount -t tmpfs -o "size=${size}m,uid=$(id -u),gid=$(id -g),mode=0755" tmpfs "$dir" >&2; then
        ts_die "cannot mount a ${size} MB tmpfs on $dir: mounting needs root (or sudo) and a machine or container that allows mount"
        return 1
    fi
    printf '%s\n' "$dir"
}

# Unmounts what ts_smalldisk_mount mounted on $1; nothing to do when it is not mounted. A mount still in
# use (a process with a file open there) is detached lazily: it goes away with the last open file.
ts_smalldisk_unmount() { # dir
    local dir="$1"
    [ -d "$dir" ] && mountpoint -q "$dir" || return 0
    ts_as_root umount "$dir" 2>/dev/null && return 0
    ts_log "$dir is busy; detaching it (umount -l)"
    ts_as_root umount -l "$dir" >&2 || { ts_die "cannot unmount $dir"; return 1; }
}

# ---------------------------------------------------------------------------------------------
# The set

ts_env_lines() { # the exports of the running set, for eval
    local v
    for v in TTHC_TEST_PG_HOST TTHC_TEST_PG_PORT TTHC_TEST_PG_URL TTHC_TEST_PG_USER TTHC_TEST_PG_PASSWORD \
             TTHC_TEST_CH_HOST TTHC_TEST_CH_HTTP_PORT TTHC_TEST_CH_TCP_PORT TTHC_TEST_CH_URL TTHC_TEST_CH_USER \
             TTHC_TEST_CH_ANALYST_USER TTHC_TEST_CHDB_LIB; do
        printf 'export %s=%q\n' "$v" "${!v-}"
    done
}

# Stops sets left behind by runs that died without cleaning up (kill -9, a lost terminal): a run
# folder whose owner process is gone. Sets started standalone (owner "detached") are left alone.
ts_reap_stale() {
    local run owner
    [ -d "$TS_BASE" ] || return 0
    for run in "$TS_BASE"/run-*; do
        [ -d "$run" ] || continue
        owner="$(cat "$run/owner" 2>/dev/null || echo "")"
        [ "$owner" = "detached" ] && continue
        if [ -n "$owner" ] && ts_alive "$owner"; then continue; fi
        ts_log "cleaning up a leftover run: $run"
        # shellcheck disable=SC2030  # a subshell on purpose: TS_RUN_DIR of this run stays as it is
        ( TS_RUN_DIR="$run"; ts_stop_clickhouse; ts_stop_postgres; ts_remove_run_dir ) || true
    done
}

ts_remove_run_dir() {
    local pg_dir
    [ -n "$TS_RUN_DIR" ] && [ -d "$TS_RUN_DIR" ] || return 0
    pg_dir="$(cat "$TS_RUN_DIR/pg.dir" 2>/dev/null || true)"
    case "$pg_dir" in /tmp/tthc-test-pg.*) rm -rf "$pg_dir" ;; esac
    rm -rf "$TS_RUN_DIR"
    [ "$(readlink "$TS_BASE/current" 2>/dev/null || true)" = "$(basename "$TS_RUN_DIR")" ] && rm -f "$TS_BASE/current"
    return 0
}

# ts_start [owner-pid|detached]: provides chDB, starts PostgreSQL and ClickHouse, exports TTHC_TEST_*,
# fills TS_MAVEN_PROPS. On failure it stops whatever it had started and returns non-zero.
ts_start() {
    local owner="${1:-$$}" v
    ts_provide_chdb || return 1
    ts_reap_stale
    ts_new_run_dir
    echo "$owner" > "$TS_RUN_DIR/owner"
    ln -sfn "$(basename "$TS_RUN_DIR")" "$TS_BASE/current"
    if ! ts_start_postgres || ! ts_start_clickhouse; then
        # Stop what did start; keep the folder with its logs (the next run cleans it up).
        TTHC_KEEP_TEST_SERVICES=1 ts_stop
        return 1
    fi
    ts_env_lines > "$TS_RUN_DIR/env"
    TS_MAVEN_PROPS=()
    for v in TTHC_TEST_PG_URL TTHC_TEST_PG_USER TTHC_TEST_PG_PASSWORD TTHC_TEST_CH_HTTP_PORT \
             TTHC_TEST_CH_TCP_PORT TTHC_TEST_CH_URL TTHC_TEST_CH_USER TTHC_TEST_CH_ANALYST_USER TTHC_TEST_CHDB_LIB; do
        TS_MAVEN_PROPS+=("-D$v=${!v}")
    done
}

# ts_stop: stops what ts_start started (safe to call twice, from a trap, or after a failed start).
ts_stop() {
    [ -n "$TS_RUN_DIR" ] || return 0
    ts_stop_clickhouse || true
    ts_stop_postgres || true
    if [ "${TTHC_KEEP_TEST_SERVICES:-0}" = 1 ]; then
        ts_log "kept $TS_RUN_DIR (TTHC_KEEP_TEST_SERVICES=1)"
    else
        ts_remove_run_dir
    fi
    TS_RUN_DIR=""
}

ts_main() {
    set -euo pipefail
    local cmd="${1:-}"
    case "$cmd" in
        start)
            ts_install_packages
            ts_start detached
            ts_log "started; stop with: $0 stop"
            cat "$TS_RUN_DIR/env"
            ;;
        env)
            [ -f "$TS_BASE/current/env" ] || ts_die "no running set (start one with: $0 start)"
            cat "$TS_BASE/current/env"
            ;;
        stop)
            [ -L "$TS_BASE/current" ] || { ts_log "nothing to stop"; return 0; }
            TS_RUN_DIR="$TS_BASE/$(readlink "$TS_BASE/current")"
            ts_stop
            ts_log "stopped"
            ;;
        install)
            ts_install_packages
            ;;
        chdb)
            ts_install_packages
            ts_provide_chdb
            printf 'export TTHC_TEST_CHDB_LIB=%q\n' "$TTHC_TEST_CHDB_LIB"
            ;;
        clickhouse-start)
            [ -n "${2:-}" ] || ts_die "usage: $0 clickhouse-start DIR"
            ts_private_clickhouse_start "$(mkdir -p "$2" && cd "$2" && pwd)"
            ;;
        clickhouse-stop)
            [ -n "${2:-}" ] || ts_die "usage: $0 clickhouse-stop DIR [--kill]"
            ts_private_clickhouse_stop "$(cd "$2" && pwd)" "${3:-}"
            ;;
        postgres-start)
            [ -n "${2:-}" ] || ts_die "usage: $0 postgres-start DIR"
            ts_private_postgres_start "$(mkdir -p "$2" && cd "$2" && pwd)"
            ;;
        postgres-stop)
            [ -n "${2:-}" ] || ts_die "usage: $0 postgres-stop DIR [--kill]"
            ts_private_postgres_stop "$(cd "$2" && pwd)" "${3:-}"
            ;;
        smalldisk-mount)
            [ -n "${2:-}" ] && [ -n "${3:-}" ] || ts_die "usage: $0 smalldisk-mount DIR SIZE_MB"
            ts_smalldisk_mount "$2" "$3"
            ;;
        smalldisk-unmount)
            [ -n "${2:-}" ] || ts_die "usage: $0 smalldisk-unmount DIR"
            ts_smalldisk_unmount "$2"
            ;;
        -h|--help|help)
            sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
            ;;
        *)
            ts_log "usage: $0 start|env|stop|install|chdb|clickhouse-start DIR|clickhouse-stop DIR [--kill]|postgres-start DIR|postgres-stop DIR [--kill]|smalldisk-mount DIR SIZE_MB|smalldisk-unmount DIR (--help for more)"
            return 2
            ;;
    esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    ts_main "$@"
fi
