#!/usr/bin/env bash
# Issue 16's replay load: a server on PostgreSQL with a class and a grid25 WGAN-GP assignment
# (3,000 steps), 100 lab sessions of which 30 train, and 30 submissions arriving at once; prints
# when the last is verified and the training sessions' frames/s meanwhile. Off CI (about 20-25 min).
# Run from the project root after `./mvnw -Pproduction package -DskipTests`; needs Debian's
# PostgreSQL running (as .ci/run starts it) and python3. Everything stays on 127.0.0.1.
set -euo pipefail
JAR=target/minimax-lab.jar
PORT=${PORT:-18100}
SESSIONS=${SESSIONS:-100}
TRAINING=${TRAINING:-30}
SUBMISSIONS=${SUBMISSIONS:-30}
SECONDS_MAX=${SECONDS_MAX:-1500}
DB=minimax_load
CODE=K7Q2XM
CLASS=loadclassAAAAAAAAAAAAA
ASSIGNMENT=loadassignmentAAAAAAAA
OUT=$(mktemp -d)

su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $DB'"
su postgres -c "psql -q -c 'CREATE DATABASE $DB OWNER minimax_test'"
java -jar "$JAR" train --preset grid25-wgan-gp-small --steps 1 --out "$OUT/preset" >/dev/null
CONFIG=$(python3 -c "import json,sys; print(json.dumps(json.load(open('$OUT/preset/summary.json'))['config']))")

java --add-modules jdk.incubator.vector -Xmx2g -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  --spring.datasource.username=minimax_test --spring.datasource.password=minimax_test \
  --minimax.limits.max-sessions-per-client=300 --minimax.limits.max-runs-per-client=400 \
  --minimax.limits.max-training-runs=100 > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done

PGPASSWORD=minimax_test psql -q -h 127.0.0.1 -U minimax_test "$DB" <<SQL
INSERT INTO classes (id, instructor, name, join_code, created_at)
  VALUES ('$CLASS', 'load', 'Load test', '$CODE', CURRENT_TIMESTAMP);
INSERT INTO assignments (id, class_id, title, preset, config_json, locked, step_budget, criteria, opens_at, due_at,
    board_hidden, created_at)
  VALUES ('$ASSIGNMENT', '$CLASS', 'Cover the grid', 'grid25-wgan-gp-small', '$CONFIG',
    'target,objective,generator,discriminator', 3000, 'modesCovered>=20', CURRENT_TIMESTAMP - INTERVAL '1 hour',
    CURRENT_TIMESTAMP + INTERVAL '1 day', FALSE, CURRENT_TIMESTAMP);
SQL

java -jar "$JAR" load --url "http://127.0.0.1:$PORT/" --sessions "$SESSIONS" --training "$TRAINING" \
  --seconds "$SECONDS_MAX" --warmup 30 --pid "$SERVER" \
  --submissions "$SUBMISSIONS" --join-code "$CODE" --assignment "$ASSIGNMENT"
