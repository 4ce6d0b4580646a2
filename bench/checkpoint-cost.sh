#!/usr/bin/env bash
# The cost of durable runs' checkpoints under load (issue 15): the load harness (100 sessions, 30
# training) against a fresh server on PostgreSQL, ROUNDS times with checkpoints on and off,
# interleaved (on, off, on, off, …), each after --warmup WARMUP s and measured for SECONDS s.
# Prints each run's training frames/s (min / median / max), the checkpoints written, their mean
# size and write time, and the medians of the per-run medians, on against off.
#
#   bench/checkpoint-cost.sh     (env: ROUNDS=3 WARMUP=70 SECONDS_=60 SESSIONS=100 TRAINING=30 PORT=18110)
#
# Needs the packaged jar (./mvnw -Pproduction -DskipTests package) and the tests' PostgreSQL
# (.ci/run: MINIMAX_TEST_POSTGRES_URL / _USER / _PASSWORD); works in a schema of its own, dropped
# at the end. Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${JAR:-target/minimax-lab.jar}"
ROUNDS="${ROUNDS:-3}"; WARMUP="${WARMUP:-70}"; SECONDS_="${SECONDS_:-60}"
SESSIONS="${SESSIONS:-100}"; TRAINING="${TRAINING:-30}"; PORT="${PORT:-18110}"
PG_URL="${MINIMAX_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/minimax_test}"
PG_USER="${MINIMAX_TEST_POSTGRES_USER:-minimax_test}"
PG_PASSWORD="${MINIMAX_TEST_POSTGRES_PASSWORD:-minimax_test}"
SCHEMA="cost_$(date +%s)"
OUT="${OUT:-target/checkpoint-cost}"
mkdir -p "$OUT"
pg_host_db="${PG_URL#jdbc:postgresql://}"
psql_url="postgresql://$PG_USER:$PG_PASSWORD@$pg_host_db"
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  psql -q "$psql_url" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true
}
trap cleanup EXIT

meter() { # name: a Prometheus sample of the running server
  curl -fsS -u "admin:cost" "http://127.0.0.1:$PORT/actuator/prometheus" | awk -v n="$1" '$1 == n || index($1, n"{") == 1 {print $2; exit}'
}

run() { # on|off round
  local mode="$1" round="$2" enabled=true
  [[ "$mode" == off ]] && enabled=false
  java --add-modules jdk.incubator.vector -Xmx2g -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --minimax.limits.max-sessions-per-client=200 --minimax.limits.max-runs-per-client=400 \
    --minimax.limits.max-training-runs=100 --minimax.checkpoint.enabled="$enabled" \
    --minimax.admin.password='{noop}cost' --minimax.data-dir="$OUT/data" \
    --spring.datasource.url="$PG_URL?currentSchema=$SCHEMA" --spring.datasource.username="$PG_USER" \
    --spring.datasource.password="$PG_PASSWORD" --spring.flyway.schemas="$SCHEMA" --spring.flyway.create-schemas=true \
    >"$OUT/server-$mode-$round.log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null && break; sleep 0.5; done
  java --add-modules jdk.incubator.vector -jar "$JAR" load --url "http://127.0.0.1:$PORT/" --sessions "$SESSIONS" \
    --training "$TRAINING" --seconds "$SECONDS_" --warmup "$WARMUP" --pid "$server" >"$OUT/load-$mode-$round.txt" 2>&1
  local frames writes size secs
  frames=$(grep -m1 '^training frames/s' "$OUT/load-$mode-$round.txt" | sed 's/ *(.*//; s/training frames\/s //')
  if [[ "$mode" == on ]]; then
    writes=$(meter minimax_checkpoint_writes_total); size=$(meter minimax_checkpoint_size_bytes_sum)
    secs=$(meter minimax_checkpoint_write_seconds_sum)
    printf 'checkpoints %-3s round %d: frames/s %s; %.0f checkpoints written, mean %.0f bytes, mean write %.1f ms\n' \
      "$mode" "$round" "$frames" "$writes" "$(awk -v s="$size" -v n="$writes" 'BEGIN {print (n > 0 ? s / n : 0)}')" \
      "$(awk -v s="$secs" -v n="$writes" 'BEGIN {print (n > 0 ? 1000 * s / n : 0)}')"
  else
    printf 'checkpoints %-3s round %d: frames/s %s\n' "$mode" "$round" "$frames"
  fi
  echo "$mode $(sed 's/.*median=\([0-9.]*\).*/\1/' <<<"$frames")" >>"$OUT/medians.txt"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

rm -f "$OUT/medians.txt"
for r in $(seq 1 "$ROUNDS"); do run on "$r"; run off "$r"; done
med() { grep "^$1 " "$OUT/medians.txt" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
on=$(med on); off=$(med off)
awk -v on="$on" -v off="$off" 'BEGIN {printf "median frames/s per training session: on %.2f, off %.2f: %+.1f %%\n", on, off, 100 * (on - off) / off}'
