#!/usr/bin/env bash
# Failover, checked on one machine (issue 15): two Minimax Lab instances share one PostgreSQL
# behind Debian's nginx with the sticky configuration of deploy/nginx/ (deploy/local-cluster.sh),
# all on 127.0.0.1; Chromium trains a run on the instance it is pinned to; that instance is killed
# with SIGKILL; the reload is served by the other, which resumes the run from the shared store;
# Play continues, and the parameters of its next checkpoint equal, bit for bit, those of an
# uninterrupted run. Then the same on a single instance on H2: a SIGTERM restart with 20 runs and
# a kill -9 restart. Everything stops by itself; the figures are printed.
#
#   deploy/failover-check.sh            both checks (FailoverIT, DurableRestartIT)
#   deploy/failover-check.sh failover   only the two-instance failover
#
# Needs: nginx, chromium and a PostgreSQL with the tests' database (.ci/run sets them up:
# MINIMAX_TEST_POSTGRES_URL / _USER / _PASSWORD, default jdbc:postgresql://127.0.0.1:5432/minimax_test,
# minimax_test / minimax_test). Builds the jar first (./mvnw -Pproduction package, tests skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-all}" in
  all) tests="FailoverIT,DurableRestartIT" ;;
  failover) tests="FailoverIT" ;;
  *) echo "usage: $0 [all|failover]" >&2; exit 2 ;;
esac
./mvnw -B -ntp -Pproduction verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "-Dit.test=$tests" \
  | grep -E --line-buffered "failover:|kill -9:|SIGTERM restart|Tests run:|FAIL|ERROR\]|BUILD"
