import { css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CanvasChart } from './canvas-chart';
import { decodeF32, formatTick, niceTicks } from './lab-data';

interface Layer {
  label: string;
  color: string;
  style: string;
  xy: Float32Array;
}

/**
 * A small chart of curves and dots (lab.minimax.ui.chart.CurvesChart). The server calls
 * `setLayers([{label, color, style: "line" | "dots", xy: base64 Float32 (x, y interleaved)}])`;
 * each call replaces what is drawn. Axes fit all layers.
 */
@customElement('mm-curves')
export class MmCurves extends CanvasChart {
  static styles = [CanvasChart.styles, css`:host { min-width: 0; min-height: 220px; }`];

  @property({ type: String }) chartTitle = '';
  @property({ type: String }) xLabel = '';
  @property({ type: String }) yLabel = '';

  private curves: Layer[] = [];

  protected get fallbackLabel(): string {
    return this.chartTitle;
  }

  setLayers(layers: { label: string; color: string; style: string; xy: string }[]): void {
    this.curves = layers.map((l) => ({ ...l, xy: decodeF32(l.xy) ?? new Float32Array(0) }));
    this.draw();
  }

  /** Redraws on every property change (title, axis labels, summary). */
  updated(): void {
    this.draw();
  }

  draw(): void {
    const c = this.begin();
    if (!c) return;
    const { ctx, W, H } = c;
    let xl = Infinity, xh = -Infinity, yl = Infinity, yh = -Infinity;
    for (const l of this.curves) {
      for (let i = 0; i + 1 < l.xy.length; i += 2) {
        const x = l.xy[i], y = l.xy[i + 1];
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        xl = Math.min(xl, x); xh = Math.max(xh, x); yl = Math.min(yl, y); yh = Math.max(yh, y);
      }
    }
    if (!(xh > xl)) { xl = -1; xh = 1; }
    if (!(yh > yl)) { yl = -1; yh = 1; }
    const L = 48, R = 10, T = 24, B = 34;
    const X = (x: number) => L + ((x - xl) / (xh - xl)) * (W - L - R);
    const Y = (y: number) => H - B - ((y - yl) / (yh - yl)) * (H - T - B);
    ctx.font = '12px sans-serif';
    ctx.fillStyle = '#222';
    ctx.textAlign = 'left';
    ctx.fillText(this.chartTitle, L, 15);
    // grid and ticks
    ctx.strokeStyle = '#e3e3e3';
    ctx.lineWidth = 1;
    ctx.fillStyle = '#555';
    ctx.textAlign = 'center';
    for (const t of niceTicks(xl, xh, 6)) {
      ctx.beginPath(); ctx.moveTo(X(t), T); ctx.lineTo(X(t), H - B); ctx.stroke();
      ctx.fillText(formatTick(t), X(t), H - B + 14);
    }
    ctx.textAlign = 'right';
    for (const t of niceTicks(yl, yh, 5)) {
      ctx.beginPath(); ctx.moveTo(L, Y(t)); ctx.lineTo(W - R, Y(t)); ctx.stroke();
      ctx.fillText(formatTick(t), L - 4, Y(t) + 4);
    }
    ctx.textAlign = 'center';
    ctx.fillText(this.xLabel, L + (W - L - R) / 2, H - 4);
    ctx.save();
    ctx.translate(12, T + (H - T - B) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(this.yLabel, 0, 0);
    ctx.restore();
    // layers
    for (const l of this.curves) {
      if (l.style === 'dots') {
        ctx.fillStyle = l.color;
        ctx.globalAlpha = 0.35;
        for (let i = 0; i + 1 < l.xy.length; i += 2) {
          ctx.beginPath();
          ctx.arc(X(l.xy[i]), Y(l.xy[i + 1]), 3, 0, 2 * Math.PI);
          ctx.fill();
        }
        ctx.globalAlpha = 1;
      } else {
        ctx.strokeStyle = l.color;
        ctx.lineWidth = 2;
        ctx.beginPath();
        for (let i = 0; i + 1 < l.xy.length; i += 2) {
          if (i === 0) ctx.moveTo(X(l.xy[i]), Y(l.xy[i + 1])); else ctx.lineTo(X(l.xy[i]), Y(l.xy[i + 1]));
        }
        ctx.stroke();
      }
    }
    // legend (lines only)
    ctx.textAlign = 'left';
    let ly = T + 12;
    for (const l of this.curves.filter((x) => x.style !== 'dots')) {
      ctx.strokeStyle = l.color;
      ctx.lineWidth = 2;
      ctx.beginPath(); ctx.moveTo(W - R - 190, ly - 4); ctx.lineTo(W - R - 170, ly - 4); ctx.stroke();
      ctx.fillStyle = '#222';
      ctx.fillText(l.label, W - R - 165, ly);
      ly += 16;
    }
  }
}
