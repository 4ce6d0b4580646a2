import { DIVERGING, SEQUENTIAL, lutColor } from './lab-palette';

/**
 * The image view's cells: 28×28 uint8 images painted into canvases pixel for pixel (grey level =
 * the byte: 0 background black, 255 full ink white, as MNIST is shown), and D's score as a colour:
 * D̂ ∈ [0, 1] on the diverging palette of the 2D heatmap (orange: looks generated, purple: looks
 * real), a critic's value on viridis over the frame's range.
 */

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;

/** Paints image `k` of `bytes` (PIXELS bytes each) into `canvas` (SIDE × SIDE), exactly. */
export function paintImage(canvas: HTMLCanvasElement, bytes: Uint8Array, k: number): void {
  if (canvas.width !== SIDE) canvas.width = SIDE;
  if (canvas.height !== SIDE) canvas.height = SIDE;
  const ctx = canvas.getContext('2d');
  if (!ctx || bytes.length < (k + 1) * PIXELS) return;
  const img = ctx.createImageData(SIDE, SIDE);
  const d = img.data;
  for (let p = 0, o = k * PIXELS; p < PIXELS; p++, o++) {
    const v = bytes[o];
    d[4 * p] = v;
    d[4 * p + 1] = v;
    d[4 * p + 2] = v;
    d[4 * p + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** The palette of a score kind ("probability" or "critic"). */
export function scoreTable(kind: string): Uint8ClampedArray {
  return kind === 'critic' ? SEQUENTIAL : DIVERGING;
}

/** The border colour of score `v` on [lo, hi] (grey for a score that is not finite). */
export function scoreColor(kind: string, v: number, range: number[]): string {
  if (!Number.isFinite(v)) return '#9e9e9e';
  const [lo, hi] = range;
  const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  return lutColor(scoreTable(kind), Math.max(0, Math.min(1, t)));
}

/** A score as the labels read it: D̂ with two decimals, a critic value with three digits. */
export function scoreText(kind: string, v: number): string {
  if (!Number.isFinite(v)) return 'not finite';
  return kind === 'critic' ? v.toPrecision(3) : v.toFixed(2);
}

/** The score's name: D̂ = r̂/(1 + r̂) for an f-GAN, V for a critic. */
export function scoreName(kind: string): string {
  return kind === 'critic' ? 'critic V' : 'D̂';
}

/** uint8 score codes c ∈ [0, 254] → lo + c·(hi − lo)/254, 255 → NaN (live/wire/Quantiser.java). */
export function decodeScores(bytes: Uint8Array, range: number[]): Float32Array {
  const [lo, hi] = range;
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    out[i] = bytes[i] === 255 ? NaN : lo + bytes[i] * ((hi - lo) / 254);
  }
  return out;
}
