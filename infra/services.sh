#!/usr/bin/env bash
# Local NATS (JetStream), PostgreSQL and Redis for development and tests.
#
#   bash infra/services.sh up|down|status|browser
#
# The URLs come from NATS_URL, DATABASE_URL and REDIS_URL (same variables the
# app reads). If something already answers at a URL's host:port we use it and
# never touch it. Otherwise we install the server if needed and start a private
# instance on loopback with its data under .data/ (git-ignored), and leave a
# pid file in .data/run/ so that `down` stops only what `up` started.
set -euo pipefail

NATS_URL=${NATS_URL:-nats://127.0.0.1:4222}
DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DATA=$ROOT/.data
RUN=$DATA/run
PGDATA_DIR=$DATA/pg
PGSOCK_DIR=$DATA/pgsock
# How long to wait for a server to answer before giving up.
WAIT_SECONDS=${SERVICES_WAIT_SECONDS:-60}

SERVICES=(nats postgres redis)

die() { echo "services: $*" >&2; exit 1; }

# ---------------------------------------------------------------- URL parsing

# Split scheme://[user[:pass]@]host[:port][/path][?query] into globals
# U_HOST, U_PORT, U_USER, U_PATH. Bracketed IPv6 hosts ([::1]:4222) work too.
parse_url() {
  local url=$1 default_port=$2 rest hostport
  rest=${url#*://}
  rest=${rest%%\?*}
  hostport=${rest%%/*}
  U_PATH=
  [[ $rest == */* ]] && U_PATH=${rest#*/}
  U_USER=
  if [[ $hostport == *@* ]]; then
    U_USER=${hostport%@*}
    U_USER=${U_USER%%:*}
    hostport=${hostport##*@}
  fi
  if [[ $hostport == \[* ]]; then
    U_HOST=${hostport#[}
    U_HOST=${U_HOST%%]*}
    rest=${hostport#*]}
    U_PORT=${rest#:}
  elif [[ $hostport == *:* ]]; then
    U_HOST=${hostport%:*}
    U_PORT=${hostport##*:}
  else
    U_HOST=$hostport
    U_PORT=
  fi
  U_HOST=${U_HOST:-127.0.0.1}
  U_PORT=${U_PORT:-$default_port}
  [[ $U_PORT =~ ^[0-9]+$ ]] || die "cannot parse a port from '$url'"
}

# Sets HOST, PORT (and for postgres DB_NAME, DB_USER) for one service.
load_target() {
  case $1 in
    # A cluster's NATS_URL lists several servers: the first one stands for them all.
    nats)  parse_url "${NATS_URL%%,*}" 4222 ;;
    redis) parse_url "$REDIS_URL" 6379 ;;
    postgres)
      parse_url "$DATABASE_URL" 5432
      DB_NAME=${U_PATH:-postgres}
      DB_USER=${U_USER:-postgres}
      ;;
    *) die "unknown service $1" ;;
  esac
  HOST=$U_HOST
  PORT=$U_PORT
}

# Servers we start bind to an address, and redis in particular wants an IP.
bind_addr() {
  case $1 in localhost) echo 127.0.0.1 ;; *) echo "$1" ;; esac
}

is_loopback() {
  case $1 in localhost | 127.* | ::1) return 0 ;; *) return 1 ;; esac
}

# ------------------------------------------------------------------- helpers

# bash's /dev/tcp avoids depending on netcat; `timeout` keeps an unreachable
# remote host from hanging us.
listening() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# /usr/sbin is not on a normal user's PATH on Debian, but nats-server lives there.
find_bin() {
  local name=$1 dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  for dir in /usr/sbin /usr/local/sbin /sbin; do
    [[ -x $dir/$name ]] && { echo "$dir/$name"; return 0; }
  done
  return 1
}

# Highest installed PostgreSQL server (client-only installs have no initdb).
# sort -V because the glob sorts lexically (10 before 9).
pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb ]] && echo "$d"
  done | sort -V | tail -n 1 | grep .
}

pidfile() { echo "$RUN/$1.pid"; }
addrfile() { echo "$RUN/$1.addr"; }

# The pid infra recorded for a service, if that process is still the server we
# started (guards against a stale pid file whose pid was reused).
owned_pid() {
  local svc=$1 pf pid exe
  pf=$(pidfile "$svc")
  [[ -s $pf ]] || return 1
  pid=$(head -n 1 "$pf" | tr -dc 0-9)
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  case $svc in
    nats) exe=nats-server ;;
    redis) exe=redis-server ;;
    postgres) exe=postgres ;;
  esac
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$exe" || return 1
  echo "$pid"
}

forget() { rm -f "$(pidfile "$1")" "$(addrfile "$1")"; }

# Poll until host:port accepts connections; on failure show where to look.
# pid_source (a pid, or a pid file the server writes) lets us fail fast when
# the server has already died instead of waiting out the timeout.
wait_for_port() {
  local svc=$1 host=$2 port=$3 log=$4 pid_source=${5:-} seconds=${6:-$WAIT_SECONDS} pid i
  for ((i = 0; i < seconds * 4; i++)); do
    listening "$host" "$port" && return 0
    pid=$pid_source
    if [[ $pid == /* ]]; then pid=$(head -n 1 "$pid" 2>/dev/null | tr -dc 0-9 || true); fi
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.25
  done
  echo "services: $svc did not come up at $host:$port; log: $log" >&2
  [[ -f $log ]] && tail -n 5 "$log" >&2
  exit 1
}

# initdb and pg_ctl refuse to run as root, so as root we act as `postgres`.
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# ------------------------------------------------------------------ install

APT_UPDATED=
apt_install() {
  local sudo=
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 ||
      die "missing packages: $*; install them as root (apt-get install $*)"
    sudo=sudo
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing packages: $*; no apt-get to install them"
  echo "installing $* ..."
  if [[ -z $APT_UPDATED ]]; then
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  # Debian starts the packaged services right after install (the postgresql one
  # with password auth on 5432), which would grab the ports we are about to use.
  # A temporary policy-rc.d that forbids starting services is the standard way
  # to prevent that; an existing policy is left alone.
  local policy=/usr/sbin/policy-rc.d made_policy=
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    made_policy=1
  fi
  local rc=0
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o DPkg::Lock::Timeout=600 "$@" >/dev/null || rc=$?
  [[ -n $made_policy ]] && $sudo rm -f "$policy"
  [[ $rc -eq 0 ]] || die "apt-get install $* failed (exit $rc)"
}

# Packages needed to start the given services that are not installed yet.
missing_packages() {
  local svc
  for svc in "$@"; do
    case $svc in
      nats) find_bin nats-server >/dev/null || echo nats-server ;;
      redis) { find_bin redis-server && find_bin redis-cli; } >/dev/null || echo redis-server ;;
      postgres) pg_bindir >/dev/null || echo postgresql ;;
    esac
  done
}

# ------------------------------------------------------------------- start

start_nats() {
  local bin addr log=$DATA/nats.log pid
  bin=$(find_bin nats-server)
  addr=$(bind_addr "$HOST")
  mkdir -p "$DATA/nats"
  # On a host of one or two cores nats-server shares them with Parley and Postgres, and one
  # Go scheduler thread costs it less CPU per message there than one per core (its idle
  # threads spin looking for work): docs/operations.md, "Small hosts". GOMAXPROCS set in
  # the environment wins.
  local procs=${GOMAXPROCS:-}
  if [[ -z $procs ]] && (($(nproc) <= 2)); then procs=1; fi
  # setsid: its own session, so a Ctrl-C aimed at `make run` does not stop it.
  setsid env ${procs:+GOMAXPROCS=$procs} "$bin" -a "$addr" -p "$PORT" -js -sd "$DATA/nats" -P "$(pidfile nats)" \
    >>"$log" 2>&1 </dev/null 9>&- &
  pid=$!
  wait_for_port nats "$HOST" "$PORT" "$log" "$pid"
  # nats-server writes its own pid file; fall back to $! if it has not yet.
  [[ -s $(pidfile nats) ]] || echo "$pid" >"$(pidfile nats)"
}

start_redis() {
  local addr log=$DATA/redis.log
  addr=$(bind_addr "$HOST")
  mkdir -p "$DATA/redis"
  # A throwaway cache for dev/tests: no snapshots, no AOF.
  "$(find_bin redis-server)" --bind "$addr" --port "$PORT" --dir "$DATA/redis" \
    --save '' --appendonly no --daemonize yes \
    --pidfile "$(pidfile redis)" --logfile "$log" >/dev/null 9>&-
  # A daemonized redis only writes its pid file once it listens, so a failed
  # start (e.g. port taken) leaves nothing to watch. With no data to load it
  # answers within milliseconds, so a short bound is plenty.
  wait_for_port redis "$HOST" "$PORT" "$log" "" 10
  local i
  for ((i = 0; i < 40; i++)); do
    [[ -s $(pidfile redis) ]] && return 0
    sleep 0.25
  done
  die "redis started but wrote no pid file $(pidfile redis); log: $log"
}

# The postgres user must be able to reach .data/pg, i.e. traverse every parent
# directory. Clones under /root (mode 700) are the usual problem; grant only
# o+x (traverse, not list) on the directories that lack it.
ensure_pg_can_reach() {
  [[ $EUID -eq 0 ]] || return 0
  runuser -u postgres -- test -x "$DATA" && return 0
  # Top down, so each check runs with its parents already reachable.
  local d= part parts
  IFS=/ read -ra parts <<<"${DATA#/}"
  for part in "${parts[@]}"; do
    d=$d/$part
    if ! runuser -u postgres -- test -x "$d"; then
      echo "services: chmod o+x $d so the postgres user can reach .data/pg" >&2
      chmod o+x "$d"
    fi
  done
}

start_postgres() {
  local bindir addr log=$DATA/pg.log
  bindir=$(pg_bindir)
  addr=$(bind_addr "$HOST")
  getent passwd postgres >/dev/null || [[ $EUID -ne 0 ]] ||
    die "no 'postgres' user to run the server as (is the postgresql package installed?)"

  mkdir -p "$PGDATA_DIR" "$PGSOCK_DIR"
  chmod 755 "$DATA"
  touch "$log"
  if [[ $EUID -eq 0 ]]; then
    chown postgres: "$PGDATA_DIR" "$PGSOCK_DIR" "$log"
    ensure_pg_can_reach
  fi
  chmod 700 "$PGDATA_DIR"

  if [[ ! -f $PGDATA_DIR/PG_VERSION ]]; then
    as_pg "$bindir/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$DATA/initdb.log" 2>&1 ||
      die "initdb failed; log: $DATA/initdb.log (remove .data/pg to retry)"
  fi
  local want have
  want=$(basename "$(dirname "$bindir")")
  have=$(cat "$PGDATA_DIR/PG_VERSION")
  [[ $have == "$want" ]] ||
    die ".data/pg was created by PostgreSQL $have but $want is installed; run 'make clean'"

  # Unix socket paths are limited to ~107 bytes; in a deeply nested checkout
  # go TCP-only (everything here connects over TCP anyway).
  local sockdir=$PGSOCK_DIR
  [[ ${#sockdir} -le 90 ]] || sockdir=

  # fsync=off: this cluster only holds disposable dev/test data, and skipping
  # fsync makes migrations and tests much faster. Never copy this to prod.
  as_pg "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$log" -t "$WAIT_SECONDS" -w \
    -o "-c listen_addresses='$addr' -p $PORT -k '$sockdir' -c fsync=off" \
    start >/dev/null 9>&- ||
    { echo "services: postgres failed to start; log: $log" >&2; tail -n 5 "$log" >&2; exit 1; }
  head -n 1 "$PGDATA_DIR/postmaster.pid" >"$(pidfile postgres)"
  wait_for_port postgres "$HOST" "$PORT" "$log"
}

# The app connects as DB_USER to DB_NAME; create both in our own cluster.
# Talks TCP with trust auth, so it works the same as root or not.
ensure_database() {
  local bindir psql
  bindir=$(pg_bindir)
  psql=("$bindir/psql" -X -q -At -h "$HOST" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
  # psql variables (:'name') do the quoting; they only work on stdin, not -c.
  if [[ $DB_USER != postgres ]]; then
    "${psql[@]}" -v u="$DB_USER" >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'u')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SQL
  fi
  if [[ -z $("${psql[@]}" -v d="$DB_NAME" <<<"SELECT 1 FROM pg_database WHERE datname = :'d'") ]]; then
    "$bindir/createdb" -h "$HOST" -p "$PORT" -U postgres -O "$DB_USER" "$DB_NAME"
  fi
}

# Someone else's postgres: leave it alone, but say early if the app will not be
# able to use it (e.g. Debian's own cluster wants a password, or the database
# does not exist) instead of failing later inside `parley setup`.
check_foreign_postgres() {
  local psql out
  psql=$(find_bin psql) || return 0
  if ! out=$(PGCONNECT_TIMEOUT=5 "$psql" -X -At -d "$DATABASE_URL" -c 'SELECT 1' 2>&1); then
    echo "services: warning: cannot connect with DATABASE_URL: ${out%%$'\n'*}" >&2
  fi
}

# ---------------------------------------------------------------- commands

cmd_up() {
  mkdir -p "$RUN"
  local svc pid want recorded to_start=()
  for svc in "${SERVICES[@]}"; do
    load_target "$svc"
    want="$(bind_addr "$HOST"):$PORT"
    recorded=
    if pid=$(owned_pid "$svc"); then
      recorded=$(cat "$(addrfile "$svc")" 2>/dev/null || echo "?")
    else
      pid=
      forget "$svc" # stale pid file, if any
    fi
    if listening "$HOST" "$PORT"; then
      if [[ -n $pid && $recorded == "$want" ]]; then
        [[ $svc == postgres ]] && ensure_database
        echo "using running $svc at $HOST:$PORT (started by infra, pid $pid)"
      else
        echo "using running $svc at $HOST:$PORT"
        [[ $svc == postgres ]] && check_foreign_postgres
      fi
      continue
    fi
    # We would have to start one; there is a single data dir per service.
    if [[ -n $pid ]]; then
      [[ $recorded == "$want" ]] &&
        die "$svc (pid $pid, started by infra) is not answering at $HOST:$PORT; run 'make down' and retry"
      die "$svc started by infra is running at $recorded (pid $pid), not $HOST:$PORT; run 'make down' first"
    fi
    is_loopback "$HOST" ||
      die "nothing answers at $HOST:$PORT for $svc, and infra only starts servers on loopback"
    to_start+=("$svc")
  done
  [[ ${#to_start[@]} -gt 0 ]] || return 0

  # One apt-get run for everything missing.
  local pkgs
  mapfile -t pkgs < <(missing_packages "${to_start[@]}")
  [[ ${#pkgs[@]} -eq 0 ]] || apt_install "${pkgs[@]}"

  for svc in "${to_start[@]}"; do
    load_target "$svc"
    # The package install may have started a distro service on this port.
    if listening "$HOST" "$PORT"; then
      echo "using running $svc at $HOST:$PORT"
      continue
    fi
    "start_$svc"
    echo "$(bind_addr "$HOST"):$PORT" >"$(addrfile "$svc")"
    [[ $svc == postgres ]] && ensure_database
    echo "started $svc at $HOST:$PORT (log: .data/${svc/postgres/pg}.log)"
  done
}

cmd_down() {
  local svc pid i
  for svc in "${SERVICES[@]}"; do
    if ! pid=$(owned_pid "$svc"); then
      forget "$svc"
      echo "$svc: not started by infra, left alone"
      continue
    fi
    case $svc in
      postgres)
        as_pg "$(pg_bindir)/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
        ;;
      *)
        # SIGTERM is a clean shutdown for both; redis has nothing to save.
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 40; i++)); do
          kill -0 "$pid" 2>/dev/null || break
          sleep 0.25
        done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
        ;;
    esac
    forget "$svc"
    echo "stopped $svc (pid $pid)"
  done
}

cmd_status() {
  local svc pid addr
  for svc in "${SERVICES[@]}"; do
    if pid=$(owned_pid "$svc"); then
      addr=$(cat "$(addrfile "$svc")" 2>/dev/null || echo "?")
      echo "$svc: running at $addr (started by infra, pid $pid)"
      continue
    fi
    load_target "$svc"
    if listening "$HOST" "$PORT"; then
      echo "$svc: running at $HOST:$PORT (not started by infra)"
    else
      echo "$svc: not running at $HOST:$PORT"
    fi
  done
}

# Serialise concurrent invocations (e.g. two `make test` at once) so they do
# not both decide to start the same server. The servers we start must not
# inherit fd 9 (hence the `9>&-` above), or they would hold the lock forever.
lock() {
  mkdir -p "$RUN"
  exec 9>"$RUN/lock"
  flock -w 600 9 || die "timed out waiting for $RUN/lock"
}

# Debian's chromium for the browser test (test/web.test.ts, playwright-core drives
# /usr/bin/chromium; no browser download). Nothing to start or stop.
cmd_browser() {
  [[ -x /usr/bin/chromium ]] && return 0
  apt_install chromium
}

case ${1:-} in
  browser) cmd_browser ;;
  up) lock; cmd_up ;;
  down) [[ -d $RUN ]] && lock; cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status|browser" >&2; exit 2 ;;
esac
