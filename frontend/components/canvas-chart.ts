import { LitElement, css, html, type CSSResultGroup } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ackAfterPaint, fitCanvas } from './lab-data';

/**
 * The set-up shared by the canvas charts (mm-plane, mm-line1d, mm-curves, mm-dirac): one canvas filling the host,
 * redrawn on resize and when the `layers` property changes, a text alternative (`summary`, as the
 * canvas's aria-label and a polite live region), the frame acknowledgement, the font size of the
 * axes (CSS custom property `--mm-chart-font`, in px, larger in presentation mode) and
 * `downloadPng(name)`, which saves the current picture on a white background.
 */
export abstract class CanvasChart extends LitElement {
  static styles: CSSResultGroup = css`
    :host { display: block; position: relative; min-width: 200px; min-height: 200px; }
    canvas { position: absolute; left: 0; top: 0; }
    .sr-only {
      position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
      overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
    }
  `;

  /** Comma-separated visible layers (each chart documents its own). */
  @property({ type: String }) layers = '';

  /** The chart's text alternative, also announced politely when it changes. */
  @property({ type: String }) summary = '';

  @query('canvas') protected canvas!: HTMLCanvasElement;

  private resizer?: ResizeObserver;

  /** The canvas's accessible name when there is no summary yet. */
  protected abstract readonly fallbackLabel: string;

  /** How the summary is announced: politely, or not at all (a chart whose summary changes every frame). */
  protected readonly summaryLive: 'polite' | 'off' = 'polite';

  /** Redraws every visible layer from the stored arrays. */
  abstract draw(): void;

  render() {
    return html`<canvas role="img" aria-label=${this.summary || this.fallbackLabel}></canvas>
      <div class="sr-only" aria-live=${this.summaryLive}>${this.summary}</div>`;
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(() => this.draw());
    this.resizer.observe(this);
  }

  disconnectedCallback(): void {
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  updated(changed: Map<string, unknown>): void {
    if (changed.has('layers')) this.draw();
  }

  protected has(layer: string): boolean {
    return this.layers.split(',').map((s) => s.trim()).includes(layer);
  }

  /** Axis font size in px (CSS `--mm-chart-font`, default 11). */
  protected fontPx(): number {
    const v = parseFloat(getComputedStyle(this).getPropertyValue('--mm-chart-font'));
    return Number.isFinite(v) && v > 0 ? v : 11;
  }

  /** Height in px kept free under the canvas (e.g. for a legend laid out there). */
  protected reservedBottom(): number {
    return 0;
  }

  /** Sizes and clears the canvas; null when there is nothing to draw on. */
  protected begin(): { ctx: CanvasRenderingContext2D; W: number; H: number } | null {
    const canvas = this.canvas;
    if (!canvas) return null;
    const W = this.clientWidth;
    const H = this.clientHeight - this.reservedBottom();
    if (W <= 0 || H <= 0) return null;
    fitCanvas(canvas, W, H);
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, W, H);
    ctx.font = `${this.fontPx()}px sans-serif`;
    return { ctx, W, H };
  }

  /** Draws, marks the frame number on the host and acknowledges the frame after painting. */
  protected frameDone(f: Record<string, unknown>): void {
    this.draw();
    const seq = typeof f.seq === 'number' ? f.seq : undefined;
    if (seq !== undefined) this.dataset.seq = String(seq);
    ackAfterPaint(this, seq);
  }

  /** Saves the current picture as a PNG file (white background, device resolution). */
  downloadPng(fileName: string): void {
    const src = this.canvas;
    if (!src) return;
    const out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    out.toBlob((blob) => {
      if (!blob) return;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    }, 'image/png');
  }
}
