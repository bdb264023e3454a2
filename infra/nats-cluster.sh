#!/usr/bin/env bash
# A 3-node NATS cluster with JetStream on loopback, for trying Parley's cluster mode
# (replicated streams, failover) on one machine.
#
#   bash infra/nats-cluster.sh up|down|status
#
# Node i (1..3) listens for clients on NATS_CLUSTER_BASE+i-1 (14222, 14223, 14224 by
# default), for routes on +2000 and for monitoring on +4000; its data lives under
# .data/nats-cluster/n<i> (git-ignored). Point Parley at all three with
#   NATS_URL=nats://127.0.0.1:14222,nats://127.0.0.1:14223,nats://127.0.0.1:14224 STREAM_REPLICAS=3
# `make down` stops the cluster too (only nodes this script started).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DIR=$ROOT/.data/nats-cluster
BASE=${NATS_CLUSTER_BASE:-14222}
NODES=(1 2 3)
WAIT_SECONDS=${SERVICES_WAIT_SECONDS:-30}

die() { echo "nats-cluster: $*" >&2; exit 1; }

find_nats() {
  command -v nats-server 2>/dev/null && return 0
  local d
  for d in /usr/sbin /usr/local/sbin /sbin /usr/local/bin; do
    [[ -x $d/nats-server ]] && { echo "$d/nats-server"; return 0; }
  done
  return 1
}

client_port() { echo $((BASE + $1 - 1)); }
route_port() { echo $((BASE + 2000 + $1 - 1)); }
http_port() { echo $((BASE + 4000 + $1 - 1)); }
pidfile() { echo "$DIR/n$1.pid"; }

listening() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null; }

# The pid we recorded, if that process is still a nats-server (a stale pid may be reused).
owned_pid() {
  local pf pid
  pf=$(pidfile "$1")
  [[ -s $pf ]] || return 1
  pid=$(tr -dc 0-9 <"$pf")
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q nats-server || return 1
  echo "$pid"
}

urls() {
  local i out=()
  for i in "${NODES[@]}"; do out+=("nats://127.0.0.1:$(client_port "$i")"); done
  (IFS=,; echo "${out[*]}")
}

write_conf() {
  local i=$1 j routes=()
  for j in "${NODES[@]}"; do
    [[ $j == "$i" ]] || routes+=("\"nats-route://127.0.0.1:$(route_port "$j")\"")
  done
  mkdir -p "$DIR/n$i"
  cat >"$DIR/n$i.conf" <<CONF
server_name: n$i
listen: 127.0.0.1:$(client_port "$i")
http: 127.0.0.1:$(http_port "$i")
pid_file: "$(pidfile "$i")"
jetstream { store_dir: "$DIR/n$i" }
cluster {
  name: parley_local
  listen: 127.0.0.1:$(route_port "$i")
  routes: [$(IFS=,; echo "${routes[*]}")]
}
CONF
}

cmd_up() {
  local bin i k
  bin=$(find_nats) || die "nats-server is not installed (apt-get install nats-server, or run 'bash infra/services.sh up' once)"
  mkdir -p "$DIR"
  for i in "${NODES[@]}"; do
    if owned_pid "$i" >/dev/null; then echo "n$i already running on $(client_port "$i")"; continue; fi
    listening "$(client_port "$i")" && die "port $(client_port "$i") is taken by something else (set NATS_CLUSTER_BASE)"
    write_conf "$i"
    # setsid: its own session, so a Ctrl-C aimed at `make run` does not stop it.
    setsid "$bin" -c "$DIR/n$i.conf" >>"$DIR/n$i.log" 2>&1 </dev/null &
  done
  for i in "${NODES[@]}"; do
    for ((k = 0; k < WAIT_SECONDS * 4; k++)); do
      listening "$(client_port "$i")" && break
      sleep 0.25
    done
    listening "$(client_port "$i")" || die "n$i did not come up; log: $DIR/n$i.log"
  done
  # JetStream is usable once the nodes have elected a meta leader.
  for ((k = 0; k < WAIT_SECONDS * 4; k++)); do
    if curl -fsS "http://127.0.0.1:$(http_port 1)/jsz" 2>/dev/null | tr -d ' \n' | grep -q '"meta_cluster":{[^}]*"leader":"n'; then
      echo "NATS cluster up: NATS_URL=$(urls) STREAM_REPLICAS=3"
      return 0
    fi
    sleep 0.25
  done
  echo "nats-cluster: nodes are up but no JetStream leader yet; check $DIR/n*.log" >&2
  echo "NATS_URL=$(urls) STREAM_REPLICAS=3"
}

cmd_down() {
  local i pid k
  for i in "${NODES[@]}"; do
    if ! pid=$(owned_pid "$i"); then rm -f "$(pidfile "$i")"; continue; fi
    kill "$pid" 2>/dev/null || true
    for ((k = 0; k < 40; k++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    rm -f "$(pidfile "$i")"
    echo "stopped nats cluster node n$i (pid $pid)"
  done
}

cmd_status() {
  local i pid
  for i in "${NODES[@]}"; do
    if pid=$(owned_pid "$i"); then echo "n$i: running on $(client_port "$i") (pid $pid)"; else echo "n$i: not running"; fi
  done
}

case ${1:-} in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
