#!/usr/bin/env bash
# Side by side: Minimax Lab's `bench` and PyTorch + OpenBLAS (ref_torch.py) on the canonical
# GAN-step workload (REF_DIR/WORKLOAD.md), then a table of steps/s per configuration with the
# ratio minimax / torch-openblas.
#
#   bench/compare.sh [REF_DIR]        REF_DIR: folder of the reference scripts (default ../shared/bench)
#
# Builds nothing: expects target/minimax-lab.jar (run `./mvnw -B -ntp -q package -DskipTests` first).
# Needs Debian's python3-torch (`apt-get install -y python3-torch`); OpenBLAS is fetched as run.sh
# does (`apt-get download libopenblas0-openmp`, unpacked under ${TMPDIR:-/tmp}/bench-scratch, used
# only through LD_LIBRARY_PATH: no system change). Environment: BENCH_SECONDS (default 2.5),
# BENCH_VARIANTS (default small,large), BENCH_DTYPES (default float32,float64),
# BENCH_THREADS (default 1,2), OPENBLAS_DIR (a folder holding OpenBLAS's libblas.so.3).
# The machine is shared: lines with other_cpu >= 0.1 are marked '*' (noisy); compare medians of
# several runs (see REF_DIR/flops.md, 'Noise').
set -u
cd "$(dirname "$0")/.."
REF_DIR=${1:-../shared/bench}
SECS=${BENCH_SECONDS:-2.5}
VARIANTS=${BENCH_VARIANTS:-small,large}
DTYPES=${BENCH_DTYPES:-float32,float64}
THREADS=${BENCH_THREADS:-1,2}
JAR=target/minimax-lab.jar
PY=/usr/bin/python3

[ -f "$JAR" ] || { echo "compare.sh: $JAR not found: build it first (./mvnw -B -ntp -q package -DskipTests)" >&2; exit 2; }
[ -f "$REF_DIR/ref_torch.py" ] || { echo "compare.sh: $REF_DIR/ref_torch.py not found (pass the reference folder)" >&2; exit 2; }
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

out=$(mktemp "${TMPDIR:-/tmp}/compare.XXXXXX")
trap 'rm -f "$out"' EXIT
echo "# date=$(date -u +%FT%TZ) host_cpus=$(nproc) cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\" loadavg=\"$(cut -d' ' -f1-3 /proc/loadavg)\""

# the Java bench, one invocation per thread count (each prints one line per configuration)
for th in ${THREADS//,/ }; do
  for v in ${VARIANTS//,/ }; do
    for d in ${DTYPES//,/ }; do
      java --add-modules jdk.incubator.vector -jar "$JAR" bench --variant "$v" --dtype "$d" --threads "$th" \
        --seconds "$SECS" 2>/dev/null | grep -v '^# minimax-ejml java' | tee -a "$out"
    done
  done
done
# the reference
LD_LIBRARY_PATH="$OPENBLAS_DIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" $PY "$REF_DIR/ref_torch.py" \
  --label torch-openblas --seconds "$SECS" --variants "$VARIANTS" --dtypes "$DTYPES" --threads "$THREADS" \
  | tee -a "$out"

echo
awk '
  function field(name,   i) { for (i = 4; i <= NF; i++) if (index($i, name "=") == 1) return substr($i, length(name) + 2); return "" }
  /^(minimax-ejml|torch-openblas) / {
    th = field("threads"); key = $2 " " $3 " " th
    rate[$1, key] = field("steps_per_s"); oc = field("other_cpu")
    noisy[$1, key] = (oc + 0 >= 0.1) ? "*" : ""
    note[key] = note[key] (field("note") != "" && $1 == "minimax-ejml" ? " " field("note") : "")
    if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
  }
  END {
    printf "%-8s %-6s %-7s %14s %16s %7s\n", "dtype", "size", "threads", "minimax steps/s", "torch-openblas", "ratio"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, p, " ")
      m = rate["minimax-ejml", k]; t = rate["torch-openblas", k]
      r = (m != "" && t != "" && t + 0 > 0) ? sprintf("%.2f", m / t) : "-"
      printf "%-8s %-6s %-7s %14s %16s %7s%s\n", p[1], p[2], p[3], (m == "" ? "-" : m noisy["minimax-ejml", k]),
             (t == "" ? "-" : t noisy["torch-openblas", k]), r, note[k]
    }
    print "(* = other_cpu >= 0.1 during that measurement: noisy)"
  }' "$out"
