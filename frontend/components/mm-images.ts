import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ackAfterPaint, decodeB85 } from './lab-data';
import { lutColor } from './lab-palette';
import { PIXELS, decodeScores, paintImage, scoreColor, scoreName, scoreTable, scoreText } from './image-cells';
import { type ClassBars, drawClassBars, histSummary } from './image-hist';
import { composeView, savePng } from './image-export';
import { imageStyles } from './image-styles';

/**
 * The image view (image targets such as MNIST, in place of the 2D plane). It only draws what the
 * server pushes with `setFrame(frame)` (lab.minimax.ui.chart.ImageChart):
 *
 *   seq                 acknowledged by a frame-drawn event (detail.seq) after painting
 *   scoreKind           "probability" (D̂ ∈ [0, 1], diverging palette) or "critic" (viridis)
 *   scoreScale          [lo, hi] of the score codes (and of the border colours)
 *   gridRows, gridCols  layout of G(z) for the fixed z; rowLabels: the digit of each row (conditional)
 *   grid, gridScore     the grid's images and D's score of each
 *   strip, stripScore   the interpolation z_a → z_b; stripLabel: its digit (conditional) or −1
 *   real, realScore     real digits and D's score of each; realLabels: their digits
 *   classCounts, classSamples  confident generated samples per digit, of classSamples
 *   dataShares          the data's share of each digit
 * Images are base85 of uint8 pixels (784 an image, 0 background … 255 ink), painted exactly; the
 * scores are base85 of uint8 codes over scoreScale (255: not finite). A key that is absent keeps
 * what is shown. Activating a generated digit (click, Enter, Space) fires `image-pick` with
 * detail {set, index}; the server answers with `showNearest(match)`.
 */
@customElement('mm-images')
export class MmImages extends LitElement {
  static styles = imageStyles;

  /** The view's text alternative, also announced politely when it changes. */
  @property({ type: String }) summary = '';

  /** Unused (the image view has no layers); kept for the frame charts' common API. */
  @property({ type: String }) layers = '';

  @state() private version = 0;
  @state() private cellPx = 28;
  @state() private stripPx = 28;
  @state() private nearest?: Nearest;
  @state() private picking?: { set: string; index: number };

  scoreKind = 'probability';
  scoreScale: number[] = [0, 1];
  gridRows = 0;
  gridCols = 0;
  rowLabels: number[] = [];
  grid?: Uint8Array;
  gridScore?: Float32Array;
  strip?: Uint8Array;
  stripScore?: Float32Array;
  stripLabel = -1;
  real?: Uint8Array;
  realScore?: Float32Array;
  realLabels: number[] = [];
  bars: ClassBars = { samples: 0 };
  private resizer?: ResizeObserver;

  connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(() => this.fit());
    this.resizer.observe(this);
  }

  disconnectedCallback(): void {
    this.resizer?.disconnect();
    super.disconnectedCallback();
  }

  /** Called by the server with one frame (see the class comment for the keys). */
  setFrame(f: Record<string, unknown>): void {
    if (typeof f.scoreKind === 'string') this.scoreKind = f.scoreKind;
    if (Array.isArray(f.scoreScale)) this.scoreScale = f.scoreScale as number[];
    if (typeof f.gridRows === 'number') this.gridRows = f.gridRows;
    if (typeof f.gridCols === 'number') this.gridCols = f.gridCols;
    if (Array.isArray(f.rowLabels)) this.rowLabels = f.rowLabels as number[];
    if (typeof f.stripLabel === 'number') this.stripLabel = f.stripLabel;
    if (Array.isArray(f.realLabels)) this.realLabels = f.realLabels as number[];
    const bytes = (k: string) => (typeof f[k] === 'string' ? decodeB85(f[k] as string) : undefined);
    const scores = (k: string) => (typeof f[k] === 'string' ? decodeScores(decodeB85(f[k] as string), this.scoreScale) : undefined);
    this.grid = bytes('grid') ?? this.grid;
    this.gridScore = scores('gridScore') ?? this.gridScore;
    this.strip = bytes('strip') ?? this.strip;
    this.stripScore = scores('stripScore') ?? this.stripScore;
    this.real = bytes('real') ?? this.real;
    this.realScore = scores('realScore') ?? this.realScore;
    if (Array.isArray(f.classCounts)) this.bars = { ...this.bars, counts: f.classCounts as number[] };
    if (typeof f.classSamples === 'number') this.bars = { ...this.bars, samples: f.classSamples };
    if (Array.isArray(f.dataShares)) this.bars = { ...this.bars, shares: f.dataShares as number[] };
    this.version++;
    this.fit();
    const seq = typeof f.seq === 'number' ? f.seq : undefined;
    this.updateComplete.then(() => {
      if (seq !== undefined) this.dataset.seq = String(seq);
      ackAfterPaint(this, seq);
    });
  }

  /** The server's answer to a pick: the picked image and its nearest training digit. */
  showNearest(m: Record<string, unknown>): void {
    this.picking = undefined;
    if (typeof m.nearest !== 'string' || typeof m.picked !== 'string') {
      this.nearest = undefined;
      return;
    }
    this.nearest = {
      set: String(m.set), index: Number(m.index), picked: decodeB85(m.picked), pixels: decodeB85(m.nearest),
      label: Number(m.label), trainingIndex: Number(m.trainingIndex), distance: Number(m.distance), pool: Number(m.pool),
    };
  }

  /** Saves the whole view (scrolled-away parts too) as a PNG file. */
  downloadPng(fileName: string): void {
    const wrap = this.renderRoot.querySelector('.wrap') as HTMLElement | null;
    if (wrap) savePng(composeView(wrap), fileName);
  }

  private fontPx(): number {
    const v = parseFloat(getComputedStyle(this).getPropertyValue('--mm-chart-font'));
    return Number.isFinite(v) && v > 0 ? v : 11;
  }

  /** Cell sizes from the host's size: whole CSS pixels, at least 28 (one screen pixel a digit pixel), at most 112. */
  private fit(): void {
    const W = this.clientWidth - 28;
    const H = this.clientHeight;
    if (W <= 0) return;
    const realCols = this.realColumns();
    const cols = this.gridCols + realCols + (this.rowLabels.length ? 0.6 : 0);
    const byWidth = W / Math.max(1, cols) - 8;
    const byHeight = H > 0 && this.gridRows > 0 ? (H * 0.5) / this.gridRows - 8 : byWidth;
    const size = (v: number) => Math.max(28, Math.min(112, Math.floor(v)));
    this.cellPx = size(Math.min(byWidth, byHeight));
    const n = this.strip ? this.strip.length / PIXELS : 10;
    this.stripPx = size(Math.min((W + 16) / Math.max(1, n) - 8, this.cellPx));
  }

  private realColumns(): number {
    const n = this.real ? this.real.length / PIXELS : this.realLabels.length;
    return this.gridRows > 0 ? Math.ceil(n / this.gridRows) : 1;
  }

  private pick(set: string, index: number): void {
    this.picking = { set, index };
    this.dispatchEvent(new CustomEvent('image-pick', { detail: { set, index } }));
  }

  private cell(set: 'grid' | 'strip', k: number, label: string, score?: Float32Array): TemplateResult {
    const v = score?.[k] ?? NaN;
    const text = `${label}: ${scoreName(this.scoreKind)} ${scoreText(this.scoreKind, v)}. Show its nearest training digit.`;
    const on = this.nearest?.set === set && this.nearest?.index === k;
    return html`<button class="cell ${on ? 'on' : ''}" aria-label=${text} title=${text}
      style="border-color:${scoreColor(this.scoreKind, v, this.scoreScale)}" @click=${() => this.pick(set, k)}>
      <canvas data-set=${set} data-index=${k} aria-hidden="true"></canvas></button>`;
  }

  private gridTemplate(): TemplateResult {
    const cond = this.rowLabels.length > 0;
    const cells: TemplateResult[] = [];
    for (let r = 0; r < this.gridRows; r++) {
      if (cond) cells.push(html`<span class="rowlabel" aria-hidden="true">${this.rowLabels[r]}</span>`);
      for (let c = 0; c < this.gridCols; c++) {
        const k = r * this.gridCols + c;
        const label = cond ? `Generated digit for label ${this.rowLabels[r]}, z ${c + 1}` : `Generated digit ${k + 1}`;
        cells.push(this.cell('grid', k, label, this.gridScore));
      }
    }
    const columns = `${cond ? 'auto ' : ''}repeat(${this.gridCols}, auto)`;
    return html`<div class="cells" role="group" aria-label="G(z) for a fixed set of z" style="grid-template-columns:${columns}">${cells}</div>`;
  }

  private realTemplate(): TemplateResult {
    const n = this.real ? this.real.length / PIXELS : 0;
    const cols = this.realColumns();
    const cells: TemplateResult[] = [];
    for (let k = 0; k < n; k++) {
      const v = this.realScore?.[k] ?? NaN;
      const text = `Real digit ${this.realLabels[k] ?? '?'}: ${scoreName(this.scoreKind)} ${scoreText(this.scoreKind, v)}`;
      cells.push(html`<div class="cell" role="img" aria-label=${text} title=${text}
        style="border-color:${scoreColor(this.scoreKind, v, this.scoreScale)}"><canvas data-set="real" data-index=${k} aria-hidden="true"></canvas></div>`);
    }
    return html`<div class="cells" role="group" aria-label="Real digits" style="grid-template-columns:repeat(${cols}, auto)">${cells}</div>`;
  }

  private legendTemplate(): TemplateResult {
    const table = scoreTable(this.scoreKind);
    const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => lutColor(table, t));
    const critic = this.scoreKind === 'critic';
    const [lo, hi] = this.scoreScale;
    const text = critic
      ? `Border: critic V(x) from ${scoreText('critic', lo)} (looks generated) to ${scoreText('critic', hi)} (looks real)`
      : 'Border: D̂(x) 0 looks generated · 0.5 unsure · 1 looks real';
    return html`<div class="legend"><span class="bar" data-stops=${stops.join('|')}
      style="background:linear-gradient(to right, ${stops.join(', ')})"></span><span class="text">${text}</span></div>`;
  }

  private nearestTemplate(): TemplateResult {
    const n = this.nearest;
    if (this.picking) return html`<p class="text">Searching the training digits…</p>`;
    if (!n) {
      return html`<p class="text">Click a generated digit (or focus it and press Enter) to see the training digit
        nearest to it: is the GAN copying its data?</p>`;
    }
    return html`<div class="pair"><canvas class="big" data-set="picked" aria-hidden="true"></canvas>
      <canvas class="big" data-set="nearest" aria-hidden="true"></canvas></div>
      <p class="text">Nearest of the ${n.pool.toLocaleString('en')} training digits: a ${n.label}
      (training image ${n.trainingIndex}), L2 distance ${n.distance.toFixed(2)} over pixels in [0, 1];
      0 would be an exact copy.</p>`;
  }

  render() {
    const strip = this.strip ? this.strip.length / PIXELS : 0;
    const stripCells: TemplateResult[] = [];
    for (let k = 0; k < strip; k++) {
      stripCells.push(this.cell('strip', k, `Interpolation step ${k + 1} of ${strip}`, this.stripScore));
    }
    const cond = this.rowLabels.length > 0;
    return html`<div class="wrap" tabindex="0" role="region" aria-label="Image view"
      style="--cell:${this.cellPx}px;--strip-cell:${this.stripPx}px">
      <div class="sets" data-version=${this.version}>
        <section class="gen"><h2>${cond ? 'G(z, digit): one row per digit' : 'Generated G(z), fixed z'}</h2>${this.gridTemplate()}</section>
        <section class="real"><h2>Real digits</h2>${this.realTemplate()}</section>
      </div>
      ${this.legendTemplate()}
      <section class="strip"><h2>Interpolation G(z_a) → G(z_b)${this.stripLabel >= 0 ? `, digit ${this.stripLabel}` : ''}</h2>
        <div class="cells row" role="group" aria-label="Interpolation between two z">${stripCells}</div></section>
      <div class="lower">
        <section class="hist"><h2>Digits generated vs data</h2>
          <canvas class="bars" role="img" aria-label=${histSummary(this.bars)}></canvas>
          <div class="key"><span class="pair-key"><span class="sw gen"></span><span class="text">generated (read with confidence ≥ 0.9)</span></span>
            <span class="pair-key"><span class="sw data"></span><span class="text">training data</span></span></div></section>
        <section class="nearest" aria-live="polite"><h2>Nearest training digit</h2>${this.nearestTemplate()}</section>
      </div>
      <div class="sr-only" aria-live="polite">${this.summary}</div>
    </div>`;
  }

  updated(): void {
    for (const c of Array.from(this.renderRoot.querySelectorAll('canvas[data-set]')) as HTMLCanvasElement[]) {
      const k = Number(c.dataset.index ?? 0);
      const set = c.dataset.set;
      const src = set === 'grid' ? this.grid : set === 'strip' ? this.strip : set === 'real' ? this.real
        : set === 'picked' ? this.nearest?.picked : set === 'nearest' ? this.nearest?.pixels : undefined;
      if (src) paintImage(c, src, set === 'picked' || set === 'nearest' ? 0 : k);
    }
    const bars = this.renderRoot.querySelector('canvas.bars') as HTMLCanvasElement | null;
    if (bars) {
      const w = bars.parentElement?.clientWidth ?? 200;
      drawClassBars(bars, this.bars, Math.max(120, w), Math.max(90, 6 * this.fontPx() + 30), this.fontPx());
    }
  }
}

interface Nearest {
  set: string;
  index: number;
  picked: Uint8Array;
  pixels: Uint8Array;
  label: number;
  trainingIndex: number;
  distance: number;
  pool: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'mm-images': MmImages;
  }
}

