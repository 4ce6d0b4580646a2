import { customElement, property } from 'lit/decorators.js';
import { CanvasChart } from './canvas-chart';
import { decodeI16, finiteRange, formatTick, niceTicks, scaleOf } from './lab-data';
import { COLORS } from './lab-palette';
import { drawMapInset } from './map-inset';

/**
 * The 1D view: target density p, generator density (histogram + KDE), D(x) and D*(x) on one x axis
 * (left y axis: density; right y axis: probability, or the critic's range), sample ticks, and an
 * inset with the generator's map z → x. Only draws what `setFrame(frame)` gives
 * (lab.minimax.ui.chart.Line1dChart):
 *
 *   seq              acknowledged by a frame-drawn event (detail.seq) after painting
 *   range            [xMin, xMax]; the curves are sampled at n equally spaced x from xMin to xMax
 *   target, kde      p(x) and q̂(x), n values each
 *   d, dstar         D̂(x) = r̂/(1+r̂) (or the critic value) and D*(x), n values each
 *   heatKind         "probability" (right axis [0, 1]) or "critic" (right axis = dRange or d's range)
 *   dRange           optional [lo, hi] of the right axis for critic values
 *   hist             generator histogram as densities, bins spanning [xMin, xMax] evenly
 *   real, fake       sample positions (one x each), drawn as ticks under the axis
 *   mapZ, mapX       the generator map: m noise values z (ascending) and G(z)
 * Quantised (decoded in lab-data.ts): real and fake are int16 in pointRange [lo, hi] (sent with
 * every frame); the curves, hist, mapZ and mapX are int16 over their own `key`Scale [lo, hi].
 * A key that is absent keeps the previous array; an empty string clears it.
 */
@customElement('mm-line1d')
export class MmLine1d extends CanvasChart {
  /** Comma-separated visible layers: target,hist,kde,d,dstar,ticks,map. */
  @property({ type: String }) layers = 'target,hist,kde,d,dstar,ticks,map';

  protected readonly fallbackLabel = '1D view';

  private range: number[] = [-1, 1];
  private heatKind = 'probability';
  private dRange?: number[];
  private target?: Float32Array;
  private kde?: Float32Array;
  private d?: Float32Array;
  private dstar?: Float32Array;
  private hist?: Float32Array;
  private real?: Float32Array;
  private fake?: Float32Array;
  private mapZ?: Float32Array;
  private mapX?: Float32Array;

  setFrame(f: Record<string, unknown>): void {
    if (Array.isArray(f.range)) this.range = f.range as number[];
    if (typeof f.heatKind === 'string') this.heatKind = f.heatKind;
    if ('dRange' in f) this.dRange = f.dRange as number[] | undefined;
    const pr = Array.isArray(f.pointRange) ? [(f.pointRange as number[])[0]] : [-1];
    const pr1 = Array.isArray(f.pointRange) ? [(f.pointRange as number[])[1]] : [1];
    const fine = (key: string) => {
      const s = scaleOf(f, key);
      return decodeI16(f[key] as string, [s[0]], [s[1]]);
    };
    if ('target' in f) this.target = fine('target');
    if ('kde' in f) this.kde = fine('kde');
    if ('d' in f) this.d = fine('d');
    if ('dstar' in f) this.dstar = fine('dstar');
    if ('hist' in f) this.hist = fine('hist');
    if ('real' in f) this.real = decodeI16(f.real as string, pr, pr1);
    if ('fake' in f) this.fake = decodeI16(f.fake as string, pr, pr1);
    if ('mapZ' in f) this.mapZ = fine('mapZ');
    if ('mapX' in f) this.mapX = fine('mapX');
    this.frameDone(f);
  }

  draw(): void {
    const c = this.begin();
    if (!c) return;
    const { ctx, W, H } = c;
    const k = this.fontPx() / 11;
    const pad = { l: 50 * k, r: 50 * k, t: 24 * k, b: 48 * k };
    const ox = pad.l;
    const oy = pad.t;
    const pw = W - pad.l - pad.r;
    const ph = H - pad.t - pad.b;
    if (pw < 20 || ph < 20) return;
    const [x0, x1] = this.range;
    const sx = (x: number) => ox + ((x - x0) / (x1 - x0)) * pw;

    // left axis: density, up to the largest of p, q̂ and the histogram
    let densMax = 0;
    for (const a of [this.has('target') ? this.target : undefined, this.has('kde') ? this.kde : undefined,
      this.has('hist') ? this.hist : undefined]) {
      if (a) for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) densMax = Math.max(densMax, a[i]);
    }
    densMax = densMax > 0 ? densMax * 1.08 : 1;
    const syL = (v: number) => oy + ph - (v / densMax) * ph;
    // right axis: probability or critic value
    const critic = this.heatKind === 'critic';
    const pr = critic ? this.dRange ?? (this.d ? finiteRange(this.d) : [0, 1]) : [0, 1];
    const syR = (v: number) => oy + ph - ((v - pr[0]) / (pr[1] - pr[0] || 1)) * ph;

    this.drawAxes(ctx, x0, x1, densMax, pr, critic, ox, oy, pw, ph, sx, syL, syR);

    ctx.save();
    ctx.beginPath();
    ctx.rect(ox, oy, pw, ph);
    ctx.clip();
    if (this.has('hist') && this.hist && this.hist.length > 0) {
      const h = this.hist;
      const bw = pw / h.length;
      ctx.fillStyle = COLORS.hist;
      for (let i = 0; i < h.length; i++) {
        if (!(h[i] > 0)) continue;
        const top = syL(h[i]);
        ctx.fillRect(ox + i * bw, top, Math.max(1, bw - 1), oy + ph - top);
      }
    }
    if (this.has('target') && this.target) {
      this.curve(ctx, this.target, sx, syL, x0, x1, COLORS.target, 2, [], 'rgba(94, 79, 162, 0.12)', oy + ph);
    }
    if (this.has('kde') && this.kde) this.curve(ctx, this.kde, sx, syL, x0, x1, COLORS.kde, 2, []);
    if (this.has('dstar') && this.dstar) this.curve(ctx, this.dstar, sx, syR, x0, x1, COLORS.dStar, 1.5, [6, 4]);
    if (this.has('d') && this.d) this.curve(ctx, this.d, sx, syR, x0, x1, COLORS.d, 1.8, []);
    ctx.restore();

    if (this.has('ticks')) {
      this.ticks(ctx, this.real, sx, oy + ph + 22 * k, COLORS.real, x0, x1);
      this.ticks(ctx, this.fake, sx, oy + ph + 32 * k, COLORS.fake, x0, x1);
    }
    this.legend(ctx, ox, 4 * k, critic);
    if (this.has('map') && this.mapZ && this.mapX && this.mapZ.length > 1) {
      const iw = Math.min(170, pw * 0.3);
      const ih = Math.min(110, ph * 0.45);
      drawMapInset(ctx, this.mapZ, this.mapX, ox + pw - iw - 6, oy + 6, iw, ih);
    }
  }

  private drawAxes(ctx: CanvasRenderingContext2D, x0: number, x1: number, densMax: number, pr: number[],
    critic: boolean, ox: number, oy: number, pw: number, ph: number, sx: (x: number) => number,
    syL: (v: number) => number, syR: (v: number) => number) {
    ctx.save();
    ctx.strokeStyle = COLORS.axis;
    ctx.fillStyle = COLORS.axis;
    ctx.strokeRect(ox + 0.5, oy + 0.5, pw - 1, ph - 1);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of niceTicks(x0, x1, Math.max(2, Math.floor(pw / 70)))) {
      ctx.beginPath();
      ctx.moveTo(sx(t), oy + ph);
      ctx.lineTo(sx(t), oy + ph + 4);
      ctx.stroke();
      ctx.fillText(formatTick(t), sx(t), oy + ph + 6);
    }
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'right';
    for (const t of niceTicks(0, densMax, Math.max(2, Math.floor(ph / 45)))) {
      ctx.fillText(formatTick(t), ox - 6, syL(t));
      ctx.strokeStyle = COLORS.grid;
      ctx.beginPath();
      ctx.moveTo(ox, syL(t));
      ctx.lineTo(ox + pw, syL(t));
      ctx.stroke();
    }
    ctx.textAlign = 'left';
    for (const t of niceTicks(pr[0], pr[1], Math.max(2, Math.floor(ph / 45)))) {
      ctx.fillText(formatTick(t), ox + pw + 6, syR(t));
    }
    ctx.save();
    const k = this.fontPx() / 11;
    ctx.translate(12 * k, oy + ph / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText('density', 0, 0);
    ctx.restore();
    ctx.save();
    ctx.translate(ox + pw + 44 * k, oy + ph / 2);
    ctx.rotate(Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.fillText(critic ? 'critic value' : 'probability', 0, 0);
    ctx.restore();
    ctx.restore();
  }

  private curve(ctx: CanvasRenderingContext2D, v: Float32Array, sx: (x: number) => number,
    sy: (v: number) => number, x0: number, x1: number, color: string, width: number, dash: number[],
    fill?: string, base?: number) {
    const n = v.length;
    if (n < 2) return;
    const xAt = (i: number) => sx(x0 + ((x1 - x0) * i) / (n - 1));
    ctx.beginPath();
    let started = false;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(v[i])) {
        started = false;
        continue;
      }
      if (!started) ctx.moveTo(xAt(i), sy(v[i]));
      else ctx.lineTo(xAt(i), sy(v[i]));
      started = true;
    }
    if (fill && base !== undefined) {
      ctx.save();
      ctx.lineTo(xAt(n - 1), base);
      ctx.lineTo(xAt(0), base);
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.restore();
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (i === 0) ctx.moveTo(xAt(i), sy(v[i]));
        else ctx.lineTo(xAt(i), sy(v[i]));
      }
    }
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  private ticks(ctx: CanvasRenderingContext2D, xs: Float32Array | undefined, sx: (x: number) => number,
    y: number, color: string, x0: number, x1: number) {
    if (!xs) return;
    ctx.strokeStyle = color;
    ctx.globalAlpha = 0.5;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let i = 0; i < xs.length; i++) {
      if (xs[i] < x0 || xs[i] > x1) continue;
      const X = Math.round(sx(xs[i])) + 0.5;
      ctx.moveTo(X, y);
      ctx.lineTo(X, y + 8);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

  private legend(ctx: CanvasRenderingContext2D, x: number, y: number, critic: boolean) {
    const items: [string, string, number[], string][] = [
      ['target p', COLORS.target, [], 'target'],
      ['generator q̂ (KDE)', COLORS.kde, [], 'kde'],
      // an f-GAN's density-ratio estimate r̂ drawn as D̂ = r̂/(1+r̂) (σ(V) for the GAN; D* at the optimum)
      [critic ? 'critic V(x)' : 'D̂(x) = r̂/(1+r̂)', COLORS.d, [], 'd'],
      ['D*(x)', COLORS.dStar, [6, 4], 'dstar'],
    ];
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    let X = x;
    for (const [label, color, dash, layer] of items) {
      if (!this.has(layer)) continue;
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash(dash);
      ctx.beginPath();
      ctx.moveTo(X, y + 8);
      ctx.lineTo(X + 18, y + 8);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = COLORS.axis;
      ctx.fillText(label, X + 22, y + 8);
      X += 30 + ctx.measureText(label).width;
    }
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'mm-line1d': MmLine1d;
  }
}
