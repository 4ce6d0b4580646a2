import { COLORS } from './lab-palette';
import { formatTick, niceTicks } from './lab-data';

/**
 * The class histogram of the image view: per digit 0–9, the share of the generated samples that
 * the classifier reads as that digit (among those it reads with confidence) beside the data's
 * share, as paired bars on one canvas.
 */

export interface ClassBars {
  /** Confident generated samples per digit (10), or undefined before the first heavy pass. */
  counts?: number[];
  /** Generated samples classified. */
  samples: number;
  /** The data's share per digit (10). */
  shares?: number[];
}

/** Generated shares among the confident samples (zeros when there are none). */
export function generatedShares(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** The histogram's text alternative. */
export function histSummary(b: ClassBars): string {
  if (!b.counts || !b.shares) return 'Digit shares: not measured yet.';
  const g = generatedShares(b.counts);
  const confident = b.counts.reduce((a, c) => a + c, 0);
  const parts = g.map((v, d) => `${d}: ${Math.round(v * 100)} % vs ${Math.round((b.shares![d] ?? 0) * 100)} %`);
  return `Digit shares, generated (${confident} of ${b.samples} samples read as a digit) vs data: ${parts.join(', ')}.`;
}

/** Draws the bars into `canvas`, sized to its CSS box `w` × `h` (device pixels by `dpr`). */
export function drawClassBars(canvas: HTMLCanvasElement, b: ClassBars, w: number, h: number, fontPx: number): void {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(w * dpr));
  canvas.height = Math.max(1, Math.round(h * dpr));
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.font = `${fontPx}px sans-serif`;
  const pad = { l: fontPx * 3, r: 6, t: 6, b: fontPx * 1.8 };
  const pw = w - pad.l - pad.r;
  const ph = h - pad.t - pad.b;
  if (pw < 40 || ph < 20) return;
  const gen = b.counts ? generatedShares(b.counts) : [];
  const data = b.shares ?? [];
  const top = Math.max(0.2, ...gen, ...data) * 1.1;
  const sy = (v: number) => pad.t + ph - (v / top) * ph;
  ctx.strokeStyle = COLORS.grid;
  ctx.fillStyle = COLORS.axis;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of niceTicks(0, top, Math.max(2, Math.floor(ph / 30)))) {
    ctx.beginPath();
    ctx.moveTo(pad.l, sy(t));
    ctx.lineTo(pad.l + pw, sy(t));
    ctx.stroke();
    ctx.fillText(formatTick(t), pad.l - 4, sy(t));
  }
  const gw = pw / 10;
  const bw = Math.max(2, gw * 0.36);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let d = 0; d < 10; d++) {
    const x = pad.l + d * gw + gw / 2;
    if (gen.length === 10) {
      ctx.fillStyle = COLORS.fake;
      ctx.fillRect(x - bw, sy(gen[d]), bw - 1, pad.t + ph - sy(gen[d]));
    }
    if (data.length === 10) {
      ctx.fillStyle = COLORS.real;
      ctx.fillRect(x, sy(data[d]), bw - 1, pad.t + ph - sy(data[d]));
    }
    ctx.fillStyle = COLORS.axis;
    ctx.fillText(String(d), x, pad.t + ph + 3);
  }
  ctx.strokeStyle = COLORS.axis;
  ctx.strokeRect(pad.l + 0.5, pad.t + 0.5, pw - 1, ph - 1);
}
