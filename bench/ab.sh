#!/usr/bin/env bash
# Alternating A/B runs of the 1:1 benchmark between two revisions: on this machine one build's
# p99 at 10,000 msgs/s varies several-fold within an hour, so only runs made side by side, in
# turn, compare. Each revision is checked out in a temporary worktree (sharing node_modules and
# the generated protobuf code of this checkout); "." is the working tree as it is.
#
#   bench/ab.sh <rev A> <rev B> [pairs=6] [rate=10000]
#   make bench-ab A=<rev> B=<rev> [PAIRS=6] [RATE=10000]
#
# Prints one line per run (the machine's JetStream rate and one core's speed, p50, p99, lost, server CPU per
# message and its split, the conversations projector's mean transaction, the load driver's
# CPU per message), then the medians of each side.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
a=${1:?usage: bench/ab.sh <rev A> <rev B> [pairs] [rate]}
b=${2:?usage: bench/ab.sh <rev A> <rev B> [pairs] [rate]}
pairs=${3:-6}
rate=${4:-10000}
tmp=$(mktemp -d)
# The worktrees live under $tmp: removing it and pruning forgets them.
cleanup() {
  rm -rf "$tmp"
  git -C "$root" worktree prune
}
trap cleanup EXIT

tree_of() {
  if [[ $1 == . ]]; then echo "$root"; return; fi
  local dir="$tmp/$2"
  git -C "$root" worktree add --detach "$dir" "$1" >/dev/null 2>&1
  ln -s "$root/node_modules" "$dir/node_modules"
  cp -r "$root/src/gen" "$dir/src/gen"
  echo "$dir"
}
dir_a=$(tree_of "$a" a)
dir_b=$(tree_of "$b" b)

run() {
  local out
  out=$(cd "$1" && BENCH_FRAMES=1 BENCH_RATE=$rate BENCH_SCENARIOS=direct BENCH_TOPOLOGY=serve BENCH_ONLY=parley node --import=tsx bench/run.ts 2>&1) || true
  local js loop row cpu split txn driver
  js=$(grep -o 'this machine now: [0-9]*' <<<"$out" | grep -o '[0-9]*$' || echo '?')
  # One core's speed (revisions since this line print it): JSON round trips, ms.
  loop=$(grep -o 'JSON round trips in [0-9.]* ms' <<<"$out" | grep -o '[0-9.]*' || echo '?')
  row=$(grep '^1:1 parley serve  ' <<<"$out" | awk '{print $6, $8, $10}')
  cpu=$(grep -o 'per delivered message [0-9]* µs' <<<"$out" | grep -o '[0-9]*' || echo '?')
  split=$(grep -o '(parley [0-9]*, nats-server [0-9]*, postgres [0-9]*)' <<<"$out" | grep -o '[0-9]*' | tr '\n' ' ')
  # The conversations projector's mean transaction (revisions since c3f27d4 print it).
  txn=$(grep -o 'transaction mean [0-9.]* ms' <<<"$out" | grep -o '[0-9.]*' || echo '?')
  # The load driver's own CPU per message (revisions since this line print it).
  driver=$(grep -o 'load driver [0-9]* µs' <<<"$out" | grep -o '[0-9]*' || echo '?')
  echo "$js $loop ${row:-? ? ?} $cpu ${split:-? ? ? } $txn $driver"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

# CPU per message (server total, and Parley, nats-server, Postgres) and the projector's mean
# transaction vary far less than p99 here: read them first.
format='%-4s %-12s %8s %7s %8s %8s %5s %7s %7s %6s %6s %8s %7s\n'
printf "$format" side revision 'js/s' 'core ms' 'p50 ms' 'p99 ms' lost 'µs/msg' parley nats pg 'txn ms' 'driver'
for ((i = 1; i <= pairs; i++)); do
  for side in A B; do
    if [[ $side == A ]]; then rev=$a dir=$dir_a; else rev=$b dir=$dir_b; fi
    read -r js loop p50 p99 lost cpu parley nats pg txn driver < <(run "$dir")
    printf "$format" "$side" "${rev:0:12}" "$js" "$loop" "$p50" "$p99" "$lost" "$cpu" "$parley" "$nats" "$pg" "$txn" "$driver"
    echo "$p50 $p99 $cpu $txn $driver" >>"$tmp/$side"
  done
done
for side in A B; do
  m() { cut -d' ' -f"$1" "$tmp/$side" | grep -v '?' | median; }
  echo "$side: median p50 $(m 1) ms, p99 $(m 2) ms, server CPU $(m 3) µs/msg, projector transaction $(m 4) ms, load driver $(m 5) µs/msg over $pairs runs"
done
