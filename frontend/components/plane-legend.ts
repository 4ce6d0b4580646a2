import { css, html, type TemplateResult } from 'lit';
import { COLORS, DIVERGING, SEQUENTIAL, lutColor } from './lab-palette';

/**
 * The 2D view's legend, laid out under the plot (never over it): one entry per layer that is drawn
 * now, each with its swatch and what it means. Built from a key (`legendKey`) so that the component
 * re-renders only when the set of entries changes.
 */

/** What is drawn now: a layer id is listed when it is on and has data. */
export interface LegendState {
  heat: '' | 'probability' | 'critic' | 'dstar';
  dstar: boolean;
  real: boolean;
  fake: boolean;
  manifold: boolean;
  arrows: boolean;
  modes: boolean;
  drawing: boolean;
}

export function legendKey(s: LegendState): string {
  return Object.entries(s).filter(([, v]) => v).map(([k, v]) => (v === true ? k : `${k}:${v}`)).join(',');
}

function gradient(table: Uint8ClampedArray): string {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => lutColor(table, t)).join(', ');
  return `linear-gradient(to right, ${stops})`;
}

const dot = (c: string) => html`<span class="sw dot" style="background:${c}"></span>`;
const line = (c: string, dash = false) =>
  html`<span class="sw line" style="border-top:2px ${dash ? 'dashed' : 'solid'} ${c}"></span>`;
const ring = (c: string, dash: boolean, cross: boolean) =>
  html`<span class="sw ring" style="border:1.5px ${dash ? 'dashed' : 'solid'} ${c};color:${c}">${cross ? '×' : ''}</span>`;
const bar = (table: Uint8ClampedArray) => html`<span class="sw bar" style="background:${gradient(table)}"></span>`;

function item(layer: string, swatch: TemplateResult, text: string): TemplateResult {
  return html`<li data-layer=${layer}>${swatch}<span>${text}</span></li>`;
}

/** The legend's entries for the key `legendKey` gave. */
export function legendItems(key: string): TemplateResult[] {
  const on = new Map(key.split(',').filter((s) => s).map((s) => {
    const [k, v] = s.split(':');
    return [k, v ?? 'true'] as [string, string];
  }));
  const out: TemplateResult[] = [];
  const heat = on.get('heat');
  if (heat === 'probability') out.push(item('heat', bar(DIVERGING), 'D(x): 0 looks generated · 0.5 unsure · 1 looks real'));
  if (heat === 'critic') out.push(item('heat', bar(SEQUENTIAL), 'critic V(x): low (generated) → high (real)'));
  if (heat === 'dstar') out.push(item('dstarheat', bar(DIVERGING), 'D*(x) = p/(p+q̂), the optimal D, 0 → 1'));
  if (on.has('dstar')) out.push(item('dstar', line(COLORS.dStar), 'D* = 0.5 contour (dashed: 0.25, 0.75)'));
  if (on.has('real')) out.push(item('real', dot(COLORS.real), 'real samples x ~ p'));
  if (on.has('fake')) out.push(item('fake', dot(COLORS.fake), 'generated samples G(z)'));
  if (on.has('manifold')) out.push(item('manifold', line(COLORS.manifold), 'generator manifold: G over a z grid'));
  if (on.has('arrows')) out.push(item('arrows', html`<span class="sw arrow">→</span>`, '−∇ₓL_G: where G moves a sample'));
  if (on.has('modes')) {
    out.push(item('modes', ring(COLORS.covered, false, false), 'mode covered (a sample within 3σ)'));
    out.push(item('modes', ring(COLORS.uncovered, true, true), 'mode missed'));
  }
  if (on.has('drawing')) out.push(item('drawing', dot(COLORS.drawn), 'drawn points'));
  return out;
}

export const legendStyles = css`
  .legend {
    position: absolute; left: 0; right: 0; bottom: 0; margin: 0; padding: 2px 4px;
    list-style: none; display: flex; flex-wrap: wrap; gap: 2px 12px;
    font-family: sans-serif; font-size: var(--mm-chart-font, 11px); color: #333;
  }
  .legend li { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
  .sw { display: inline-block; box-sizing: border-box; flex: none; }
  .dot { width: 8px; height: 8px; border-radius: 50%; }
  .line { width: 16px; height: 0; }
  .ring { width: 12px; height: 12px; border-radius: 50%; font-size: 9px; line-height: 9px; text-align: center; }
  .bar { width: 36px; height: 9px; border: 1px solid #444; }
  .arrow { width: 14px; font-weight: bold; line-height: 1; }
`;
