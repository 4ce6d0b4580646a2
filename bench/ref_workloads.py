#!/usr/bin/python3
"""PyTorch references for the bench workloads beside the canonical one (which ref_torch.py runs).

Each workload is read from the same examples/*.json file the Java bench times, and implements the
step of the lab's Trainer on it (gan/Trainer.step, gan/DiscriminatorGradient, nn/GradientPenalty):

  wgan-gp-grid25  examples/grid25-wgan-gp.json: k = dSteps critic updates, each on a fresh real
                  batch X and a fresh X~ = G(Z) (one G forward, no gradient into G), with
                  L_D = -mean V(X) + mean V(X~) + lam * mean_i (||grad_x V(x^_i)|| - 1)^2 at
                  x^ = eps X + (1 - eps) X~, eps ~ U[0, 1] per row, by double backprop
                  (create_graph=True); then one G update through the updated critic on the last
                  critic update's X~ (kept with its activations): L_G = -mean V(X~). A step is one
                  G step.
  lab-default     examples/lab-default.json (the lab's Defaults.CONFIG): one D update on [X; X~]
                  with L_D = mean softplus(-V(X)) + mean softplus(V(X~)), one non-saturating G
                  update L_G = mean softplus(-V(X~)) on the same X~; then the lab's probe frame
                  (gan/Probe.capture with the page's sizes, bench/LabProbe): G on the fixed set of
                  512 z, D on those samples and backprop to its input for the arrows (no D weight
                  gradients), D on the 48 x 48 grid over the view box shown as sigmoid(V), and G on
                  the 21 x 21 manifold grid of z in [-2, 2]^2.

Both: Adam per net (PyTorch semantics, eps 1e-8), ReLU MLPs with PyTorch's default init, float32,
everything inside the step timed (sampling included). The timing protocol and the output line are
ref_torch.py's (WORKLOAD.md):

  torch-openblas float32 wgan-gp-grid25 threads=1 steps_per_s=10.9 best=11.3 chunks=5 steps=12 ...

Run with /usr/bin/python3 (Debian's python3-torch), from anywhere: the examples are found next to
this script's folder.
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "examples")
# name: (file, probe frame per step)
WORKLOADS = {
    "wgan-gp-grid25": ("grid25-wgan-gp.json", False),
    "lab-default": ("lab-default.json", True),
}
EPS = 1e-8          # gan/TrainerFactory.EPS
BOX_MARGIN = 5      # target/MixtureBackedTarget.BOX_MARGIN (in component sds)
PROBE_GRID = 48     # bench/LabProbe.GRID_2D (ui/FrameBuilder.HEAT_N)
PROBE_SAMPLES = 512  # bench/LabProbe.SAMPLES
MANIFOLD_SIDE = 21  # gan/Probe.MANIFOLD_SIDE
NOISE_EXTENT = 2    # gan/Probe: +-2 sds of Gaussian noise


def merged(base, over):
    """base with over's keys laid on top (recursively): a missing key means the lab's default."""
    out = dict(base)
    for k, v in over.items():
        out[k] = merged(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return out


def load_config(name):
    """The workload's config, missing keys from lab-default.json (= Defaults.CONFIG written out)."""
    with open(os.path.join(EXAMPLES, "lab-default.json")) as f:
        defaults = json.load(f)
    with open(os.path.join(EXAMPLES, WORKLOADS[name][0])) as f:
        cfg = merged(defaults, json.load(f))
    cfg["target"] = merged({"ring8": {"radius": 2, "sd": 0.02}, "grid25": {"spacing": 2, "sd": 0.05}}
                           .get(cfg["target"]["name"], {}), cfg["target"])
    return cfg


def require(ok, what):
    if not ok:
        sys.exit(f"ref_workloads.py: {what} is not implemented by this reference")


def centres(target):
    """The mixture's component means (target/Ring8Target, target/Grid25Target) and their sd."""
    name = target["name"]
    if name == "ring8":
        r = target["radius"]
        c = [(r * math.cos(2 * math.pi * k / 8), r * math.sin(2 * math.pi * k / 8)) for k in range(8)]
    elif name == "grid25":
        s = target["spacing"]
        c = [((i - 2) * s, (j - 2) * s) for i in range(5) for j in range(5)]
    else:
        require(False, f"target {name}")
    return torch.tensor(c, dtype=torch.float32), float(target["sd"])


def mlp(in_dim, hidden, out_dim):
    layers, d = [], in_dim
    for w in hidden:
        layers += [nn.Linear(d, w), nn.ReLU()]
        d = w
    layers.append(nn.Linear(d, out_dim))
    return nn.Sequential(*layers)


def adam(params, p):
    require(p["name"] == "adam", f"optimizer {p['name']}")
    return torch.optim.Adam(params, lr=p["lr"], betas=(p["beta1"], p["beta2"]), eps=EPS)


class Workload:
    def __init__(self, name, seed=0):
        cfg = load_config(name)
        torch.manual_seed(seed)
        for net in ("generator", "discriminator"):
            require(cfg[net]["activation"] == "relu", f"activation {cfg[net]['activation']}")
        require(cfg["noise"]["distribution"] == "gaussian", "non-Gaussian noise")
        require(cfg["scheme"] == "alternating", f"scheme {cfg['scheme']}")
        require(cfg["optimizer"]["schedule"] == "constant", "a learning-rate schedule")
        require(cfg["objective"]["entropyWeight"] == 0, "the entropy regulariser")
        require(cfg.get("trainMode", "both") == "both", "trainMode d-only")
        self.div = cfg["objective"]["divergence"]
        require(self.div == "wgan-gp" or (self.div == "gan" and cfg["objective"]["generatorLoss"] == "nonsaturating"),
                f"objective {self.div}/{cfg['objective']['generatorLoss']}")
        self.lam = cfg["objective"]["lambda"]
        self.B = cfg["batchSize"]
        self.k = cfg["dSteps"]
        self.dz = cfg["noise"]["dim"]
        self.centers, self.sd = centres(cfg["target"])
        self.G = mlp(self.dz, cfg["generator"]["hidden"], 2)
        self.D = mlp(2, cfg["discriminator"]["hidden"], 1)
        self.g_params = list(self.G.parameters())
        self.d_params = list(self.D.parameters())
        self.optG = adam(self.g_params, cfg["optimizer"]["generator"])
        self.optD = adam(self.d_params, cfg["optimizer"]["discriminator"])
        self.probe = WORKLOADS[name][1] and Probe(self)

    def sample_real(self):
        idx = torch.randint(0, self.centers.shape[0], (self.B,))
        return self.centers[idx] + self.sd * torch.randn(self.B, 2)

    def d_loss(self, real, fake):
        v = self.D(torch.cat([real, fake]))
        v_real, v_fake = v[:self.B], v[self.B:]
        if self.div == "gan":
            # L_D = -E log sigmoid(V(x)) - E log(1 - sigmoid(V(x~)))
            return F.softplus(-v_real).mean() + F.softplus(v_fake).mean()
        loss = -v_real.mean() + v_fake.mean()
        # lam * mean (||grad_x V(x^)|| - 1)^2, x^ = eps x + (1 - eps) x~
        eps = torch.rand(self.B, 1)
        x_hat = (eps * real + (1 - eps) * fake).requires_grad_(True)
        (g,) = torch.autograd.grad(self.D(x_hat).sum(), x_hat, create_graph=True)
        return loss + self.lam * ((g.norm(2, dim=1) - 1) ** 2).mean()

    def g_loss(self, v_fake):
        return F.softplus(-v_fake).mean() if self.div == "gan" else -v_fake.mean()

    def step(self):
        for i in range(self.k):
            real = self.sample_real()
            z = torch.randn(self.B, self.dz)
            if i < self.k - 1:
                with torch.no_grad():
                    fake = self.G(z)
            else:
                fake = self.G(z)  # kept with its activations for the G update
            loss_d = self.d_loss(real, fake.detach())
            self.optD.zero_grad(set_to_none=True)
            loss_d.backward(inputs=self.d_params)
            self.optD.step()
        loss_g = self.g_loss(self.D(fake))
        self.optG.zero_grad(set_to_none=True)
        loss_g.backward(inputs=self.g_params)  # through D to its input, no D weight gradients
        self.optG.step()
        if self.probe:
            self.probe.capture()


class Probe:
    """gan/Probe.capture's passes: fixed z set, arrows, D on the grid, the manifold."""

    def __init__(self, w):
        self.w = w
        c, sd = w.centers, w.sd
        lo = (c.min(0).values - BOX_MARGIN * sd).tolist()
        hi = (c.max(0).values + BOX_MARGIN * sd).tolist()
        n = PROBE_GRID
        xs = torch.tensor([lo[0] + (i + 0.5) * (hi[0] - lo[0]) / n for i in range(n)])
        ys = torch.tensor([lo[1] + (i + 0.5) * (hi[1] - lo[1]) / n for i in range(n)])
        gy, gx = torch.meshgrid(ys, xs, indexing="ij")  # y rows from the bottom, x along a row
        self.grid = torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)
        self.z = torch.randn(PROBE_SAMPLES, w.dz)
        s, e = MANIFOLD_SIDE, NOISE_EXTENT
        t = torch.tensor([-e + 2 * e * i / (s - 1) for i in range(s)])
        my, mx = torch.meshgrid(t, t, indexing="ij")
        self.z_manifold = torch.zeros(s * s, w.dz)
        self.z_manifold[:, 0] = mx.reshape(-1)
        if w.dz > 1:
            self.z_manifold[:, 1] = my.reshape(-1)

    def capture(self):
        G, D = self.w.G, self.w.D
        with torch.no_grad():
            fake = G(self.z)
        fake.requires_grad_(True)
        # arrows: -dL_G/dx~ per sample, by backprop through D to its input only
        (g,) = torch.autograd.grad(self.w.g_loss(D(fake)) * fake.shape[0], fake)
        arrows = -g
        with torch.no_grad():
            v = D(self.grid)
            d_grid = torch.sigmoid(v) if self.w.div == "gan" else v
            manifold = G(self.z_manifold)
        return fake.detach(), arrows, d_grid, manifold


def blas_name():
    try:
        with open("/proc/self/maps") as f:
            maps = f.read()
    except OSError:
        return "unknown"
    for key, name in (("openblas", "openblas"), ("libmkl", "mkl"), ("blis", "blis")):
        if key in maps:
            return name
    return "reference" if "libblas.so" in maps else "unknown"


def cpu_busy_s():
    """Busy and steal CPU seconds of the whole machine (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0, 0.0
    hz = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (v + [0] * 8)[:8]
    return (user + nice + system + irq + softirq) / hz, steal / hz


class OtherLoad:
    """CPU used by other processes while we measure, in cores (ref_torch.py's noise indicator)."""

    def __enter__(self):
        self.t, self.own = time.perf_counter(), time.process_time()
        self.busy, self.steal = cpu_busy_s()
        return self

    def __exit__(self, *exc):
        busy, steal = cpu_busy_s()
        wall = time.perf_counter() - self.t
        self.other = max(0.0, (busy - self.busy) - (time.process_time() - self.own)) / wall
        self.stolen = (steal - self.steal) / wall
        return False


def bench(w, warmup_s, measure_s, chunk_s=0.2, min_chunks=5):
    """ref_torch.py's protocol: warm-up (sizes a chunk), then ~0.2 s chunks; median and best rate."""
    t0, n = time.perf_counter(), 0
    while True:
        w.step()
        n += 1
        el = time.perf_counter() - t0
        if el >= warmup_s and n >= 3:
            break
    per_step = el / n
    k = max(1, int(chunk_s / per_step))
    if per_step > 0.25:
        min_chunks = 3
    rates, total, t_start = [], 0, time.perf_counter()
    while True:
        t = time.perf_counter()
        for _ in range(k):
            w.step()
        dt = time.perf_counter() - t
        rates.append(k / dt)
        total += k
        if time.perf_counter() - t_start >= measure_s and len(rates) >= min_chunks:
            break
    return statistics.median(rates), max(rates), len(rates), total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workloads", default=",".join(WORKLOADS), help="comma-separated: " + ", ".join(WORKLOADS))
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--warmup", type=float, default=0.5, help="warm-up seconds per config")
    ap.add_argument("--seconds", type=float, default=2.5, help="measured seconds per config")
    ap.add_argument("--label", default="torch", help="first token of output lines")
    args = ap.parse_args()
    names = args.workloads.split(",")
    for n in names:
        if n not in WORKLOADS:
            ap.error(f"--workloads: must be among {', '.join(WORKLOADS)}, got '{n}'")
    torch.set_num_interop_threads(1)
    blas = blas_name()
    print(f"# torch {torch.__version__} python {sys.version.split()[0]} blas={blas} hw_threads={os.cpu_count()}",
          flush=True)
    for th in [int(t) for t in args.threads.split(",")]:
        torch.set_num_threads(th)
        for name in names:
            w = Workload(name)
            with OtherLoad() as load:
                med, best, chunks, steps = bench(w, args.warmup, args.seconds)
            print(f"{args.label} float32 {name} threads={th} steps_per_s={med:.2f} best={best:.2f} chunks={chunks} "
                  f"steps={steps} blas={blas} other_cpu={load.other:.2f} steal={load.stolen:.2f}", flush=True)


if __name__ == "__main__":
    main()
