import { css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { CanvasChart } from './canvas-chart';
import { decodeF32, formatTick, niceTicks } from './lab-data';

/**
 * The Dirac-GAN's (θ, ψ) plane (lab.minimax.ui.lesson.DiracChart). `setData({extent, n, field, path})`:
 * the square [−extent, extent]², an n × n grid of cells (θ, ψ, vθ, vψ) as base64 Float32, and
 * the trajectory (θ, ψ interleaved). Draws the field as arrows of length ∝ |v| (capped), the
 * equilibrium (0, 0), the path (older parts fainter) and the current point.
 */
@customElement('mm-dirac')
export class MmDirac extends CanvasChart {
  static styles = [CanvasChart.styles, css`:host { min-width: 0; min-height: 260px; }`];

  protected readonly fallbackLabel = 'Dirac-GAN plane';
  protected readonly summaryLive = 'off';

  private extent = 2;
  private n = 0;
  private field = new Float32Array(0);
  private path = new Float32Array(0);

  setData(d: { extent: number; n: number; field: string; path: string }): void {
    this.extent = d.extent;
    this.n = d.n;
    this.field = decodeF32(d.field) ?? new Float32Array(0);
    this.path = decodeF32(d.path) ?? new Float32Array(0);
    this.draw();
  }

  /** Redraws on every property change. */
  updated(): void {
    this.draw();
  }

  draw(): void {
    const c = this.begin();
    if (!c) return;
    const { ctx, W, H } = c;
    const pad = 30;
    const side = Math.min(W, H) - 2 * pad;
    const ox = (W - side) / 2;
    const oy = (H - side) / 2;
    const e = this.extent;
    const X = (t: number) => ox + ((t + e) / (2 * e)) * side;
    const Y = (p: number) => oy + side - ((p + e) / (2 * e)) * side;
    ctx.fillStyle = '#fbfbf8';
    ctx.fillRect(ox, oy, side, side);
    ctx.strokeStyle = '#e0e0e0';
    ctx.fillStyle = '#555';
    ctx.font = '11px sans-serif';
    ctx.textAlign = 'center';
    for (const t of niceTicks(-e, e, 6)) {
      ctx.beginPath(); ctx.moveTo(X(t), oy); ctx.lineTo(X(t), oy + side); ctx.stroke();
      ctx.fillText(formatTick(t), X(t), oy + side + 13);
      ctx.beginPath(); ctx.moveTo(ox, Y(t)); ctx.lineTo(ox + side, Y(t)); ctx.stroke();
    }
    ctx.textAlign = 'right';
    for (const t of niceTicks(-e, e, 6)) ctx.fillText(formatTick(t), ox - 4, Y(t) + 4);
    ctx.textAlign = 'center';
    ctx.fillText('θ (generator)', ox + side / 2, oy + side + 26);
    ctx.save();
    ctx.translate(ox - 22, oy + side / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText('ψ (discriminator)', 0, 0);
    ctx.restore();
    // field arrows, length proportional to |v|, the longest one cell wide
    const cell = side / Math.max(1, this.n);
    let vmax = 0;
    for (let i = 0; i + 3 < this.field.length; i += 4) {
      vmax = Math.max(vmax, Math.hypot(this.field[i + 2], this.field[i + 3]));
    }
    ctx.strokeStyle = '#8c8c8c';
    ctx.fillStyle = '#8c8c8c';
    ctx.lineWidth = 1;
    for (let i = 0; i + 3 < this.field.length; i += 4) {
      const x = X(this.field[i]);
      const y = Y(this.field[i + 1]);
      const s = vmax > 0 ? (0.8 * cell) / vmax : 0;
      const dx = this.field[i + 2] * s;
      const dy = -this.field[i + 3] * s;
      const len = Math.hypot(dx, dy);
      if (len < 0.5) continue;
      ctx.beginPath(); ctx.moveTo(x - dx / 2, y - dy / 2); ctx.lineTo(x + dx / 2, y + dy / 2); ctx.stroke();
      const a = Math.atan2(dy, dx);
      const hx = x + dx / 2;
      const hy = y + dy / 2;
      const h = Math.min(5, len / 2);
      ctx.beginPath();
      ctx.moveTo(hx, hy);
      ctx.lineTo(hx - h * Math.cos(a - 0.4), hy - h * Math.sin(a - 0.4));
      ctx.lineTo(hx - h * Math.cos(a + 0.4), hy - h * Math.sin(a + 0.4));
      ctx.closePath();
      ctx.fill();
    }
    // equilibrium
    ctx.fillStyle = '#000';
    ctx.beginPath(); ctx.arc(X(0), Y(0), 4, 0, 2 * Math.PI); ctx.fill();
    // trajectory
    const p = this.path;
    const m = p.length / 2;
    if (m > 0) {
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (let i = 0; i < m; i++) {
        const x = X(p[2 * i]);
        const y = Y(p[2 * i + 1]);
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      }
      ctx.stroke();
      ctx.fillStyle = '#0072b2';
      ctx.beginPath(); ctx.arc(X(p[0]), Y(p[1]), 4, 0, 2 * Math.PI); ctx.fill();
      ctx.fillStyle = '#d55e00';
      ctx.beginPath(); ctx.arc(X(p[2 * m - 2]), Y(p[2 * m - 1]), 5, 0, 2 * Math.PI); ctx.fill();
    }
  }
}
