#!/usr/bin/env bash
# Side by side: Minimax Lab's `bench` (the product's Trainer on examples/*.json) and PyTorch +
# OpenBLAS on the same workloads, float32, in interleaved rounds; then a table per workload and
# thread count of the median steps/s and the median ratio minimax / torch-openblas with its
# min–max over the rounds.
#
#   bench/compare.sh [REF_DIR]   REF_DIR: folder of ref_torch.py, which runs the canonical workload
#                                (default ../shared/bench); the other workloads' reference is
#                                bench/ref_workloads.py
#
# Workloads: canonical-small, canonical-large (WORKLOAD.md; ref_torch.py's small / large),
# wgan-gp-grid25, lab-default, mnist-mlp and mnist-dcgan (ref_workloads.py; the last two are issue
# 14's MNIST MLP and DCGAN at batch 64 + 64, WORKLOAD.md's "Image workloads"). A round runs, for each workload and thread
# count, the Java bench and then the reference, each in a fresh process.
# Builds nothing: expects target/minimax-lab.jar (run `./mvnw -B -ntp -q package -DskipTests` first).
# Needs Debian's python3-torch (`apt-get install -y python3-torch`); OpenBLAS is fetched as
# REF_DIR/run.sh does (`apt-get download libopenblas0-openmp`, unpacked under
# ${TMPDIR:-/tmp}/bench-scratch, used only through LD_LIBRARY_PATH: no system change).
# Environment: BENCH_SECONDS (measured seconds per configuration, default 2.5), BENCH_WARMUP (the
# warm-up of both sides, default 5: the JVM compiles the 256-wide steps for ~3 s after their first
# step, which itself runs interpreted for ~2 s), BENCH_ROUNDS (default 3), BENCH_WORKLOADS (default all six,
# comma-separated), BENCH_THREADS (default 1,2), OPENBLAS_DIR (a folder holding libblas.so.3).
# The machine is shared: a measurement with other_cpu >= 0.1 is counted in the table's 'noisy'
# column; only quiet rounds make a figure worth quoting.
set -u
cd "$(dirname "$0")/.."
REF_DIR=${1:-../shared/bench}
SECS=${BENCH_SECONDS:-2.5}
WARMUP=${BENCH_WARMUP:-5}
ROUNDS=${BENCH_ROUNDS:-3}
WORKLOADS=${BENCH_WORKLOADS:-canonical-small,canonical-large,wgan-gp-grid25,lab-default,mnist-mlp,mnist-dcgan}
THREADS=${BENCH_THREADS:-1,2}
JAR=target/minimax-lab.jar
PY=/usr/bin/python3

[ -f "$JAR" ] || { echo "compare.sh: $JAR not found: build it first (./mvnw -B -ntp -q package -DskipTests)" >&2; exit 2; }
[ -f "$REF_DIR/ref_torch.py" ] || { echo "compare.sh: $REF_DIR/ref_torch.py not found (pass the reference folder)" >&2; exit 2; }
case "$ROUNDS" in ''|*[!0-9]*|0) echo "compare.sh: BENCH_ROUNDS must be a positive integer, got '$ROUNDS'" >&2; exit 2;; esac
for w in ${WORKLOADS//,/ }; do
  case "$w" in canonical-small|canonical-large|wgan-gp-grid25|lab-default|mnist-mlp|mnist-dcgan) ;;
    *) echo "compare.sh: BENCH_WORKLOADS: must be among canonical-small, canonical-large, wgan-gp-grid25, lab-default, mnist-mlp, mnist-dcgan, got '$w'" >&2; exit 2;;
  esac
done
for th in ${THREADS//,/ }; do
  case "$th" in 1|2) ;; *) echo "compare.sh: BENCH_THREADS: must be among 1, 2, got '$th'" >&2; exit 2;; esac
done
if ! $PY -c 'import torch' 2>/dev/null; then
  echo "compare.sh: PyTorch is missing: apt-get install -y python3-torch" >&2; exit 2
fi

# --- OpenBLAS for torch, exactly as run.sh ---
if [ -z "${OPENBLAS_DIR:-}" ]; then
  root=${TMPDIR:-/tmp}/bench-scratch/openblas-root
  OPENBLAS_DIR=$root/usr/lib/x86_64-linux-gnu/openblas-openmp
  if [ ! -e "$OPENBLAS_DIR/libblas.so.3" ]; then
    mkdir -p "$root" && (cd "$root" && apt-get download -q libopenblas0-openmp >/dev/null 2>&1 \
      && dpkg-deb -x libopenblas0-openmp_*.deb "$root") \
      || { echo "compare.sh: 'apt-get download libopenblas0-openmp' failed (run apt-get update?)" >&2; exit 2; }
  fi
fi
[ -e "$OPENBLAS_DIR/libblas.so.3" ] || { echo "compare.sh: no libblas.so.3 in $OPENBLAS_DIR" >&2; exit 2; }
torch_env() { LD_LIBRARY_PATH="$OPENBLAS_DIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$@"; }

out=$(mktemp "${TMPDIR:-/tmp}/compare.XXXXXX")
trap 'rm -f "$out"' EXIT
echo "# date=$(date -u +%FT%TZ) host_cpus=$(nproc) cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\" loadavg=\"$(cut -d' ' -f1-3 /proc/loadavg)\" seconds=$SECS rounds=$ROUNDS"

# every result line gets its round appended, and ref_torch.py's variant its workload name
for r in $(seq 1 "$ROUNDS"); do
  for w in ${WORKLOADS//,/ }; do
    for th in ${THREADS//,/ }; do
      java --add-modules jdk.incubator.vector -jar "$JAR" bench --workload "$w" --threads "$th" \
        --seconds "$SECS" --warmup "$WARMUP" 2>/dev/null | grep '^minimax-ejml ' | sed "s/\$/ round=$r/" | tee -a "$out"
      case "$w" in
        canonical-*)
          torch_env $PY "$REF_DIR/ref_torch.py" --label torch-openblas --seconds "$SECS" --warmup "$WARMUP" \
            --variants "${w#canonical-}" --dtypes float32 --threads "$th" \
            | grep '^torch-openblas ' | sed -e "s/ \(small\|large\) / canonical-\1 /" -e "s/\$/ round=$r/" | tee -a "$out" ;;
        *)
          torch_env $PY bench/ref_workloads.py --label torch-openblas --seconds "$SECS" --warmup "$WARMUP" \
            --workloads "$w" --threads "$th" | grep '^torch-openblas ' | sed "s/\$/ round=$r/" | tee -a "$out" ;;
      esac
    done
  done
done

echo
awk '
  function field(name,   i) { for (i = 4; i <= NF; i++) if (index($i, name "=") == 1) return substr($i, length(name) + 2); return "" }
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function median(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  /^(minimax-ejml|torch-openblas) / {
    key = $3 " " field("threads"); r = field("round")
    rate[$1, key, r] = field("steps_per_s")
    if (field("other_cpu") + 0 >= 0.1) noisy[key]++
    if ($1 == "minimax-ejml") dtype[key] = $2
    if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
    if (r + 0 > rounds) rounds = r + 0
  }
  END {
    printf "%-16s %-7s %-8s %15s %15s %-20s %s\n", "workload", "threads", "minimax", "minimax steps/s", "torch steps/s",
           "ratio median (min-max)", "noisy"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, p, " "); nm = nt = nr = 0
      delete M; delete T; delete R
      for (r = 1; r <= rounds; r++) {
        m = rate["minimax-ejml", k, r]; t = rate["torch-openblas", k, r]
        if (m != "") M[++nm] = m + 0
        if (t != "") T[++nt] = t + 0
        if (m != "" && t != "" && t + 0 > 0) R[++nr] = m / t
      }
      ms = nm ? sprintf("%.2f", median(M, nm)) : "-"; ts = nt ? sprintf("%.2f", median(T, nt)) : "-"
      rs = "-"
      if (nr) { med = median(R, nr); rs = sprintf("%.2f (%.2f-%.2f)", med, R[1], R[nr]) }
      printf "%-16s %-7s %-8s %15s %15s %-20s %d/%d\n", p[1], p[2], (k in dtype ? dtype[k] : "-"), ms, ts, rs,
             noisy[k] + 0, nm + nt
    }
    print "(torch: float32; minimax: the Trainer'"'"'s precision; ratio per round, median over " rounds " rounds;"
    print " noisy: measurements with other_cpu >= 0.1 of all measurements of the row)"
  }' "$out"
