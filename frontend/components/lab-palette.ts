/**
 * Colour-blind-safe palettes and the fixed colours of the lab's marks.
 *
 * Diverging (D in [0, 1], white at 0.5): ColorBrewer PuOr, orange = "looks generated" (D → 0),
 * purple = "looks real" (D → 1). Sequential (critic values): viridis. Both stay distinguishable
 * under deuteranopia, protanopia and tritanopia.
 */

type Rgb = [number, number, number];

const PU_OR: string[] = [
  '#7f3b08', '#b35806', '#e08214', '#fdb863', '#fee0b6', '#f7f7f7',
  '#d8daeb', '#b2abd2', '#8073ac', '#542788', '#2d004b',
];

const VIRIDIS: string[] = [
  '#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89',
  '#35b779', '#6ece58', '#b5de2b', '#fde725',
];

function hex(c: string): Rgb {
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
}

/** 256-entry RGB lookup table interpolated through the anchor colours. */
function lut(anchors: string[]): Uint8ClampedArray {
  const rgb = anchors.map(hex);
  const out = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (rgb.length - 1);
    const k = Math.min(rgb.length - 2, Math.floor(t));
    const f = t - k;
    for (let c = 0; c < 3; c++) {
      out[i * 3 + c] = rgb[k][c] + (rgb[k + 1][c] - rgb[k][c]) * f;
    }
  }
  return out;
}

export const DIVERGING = lut(PU_OR);
export const SEQUENTIAL = lut(VIRIDIS);

/** Marks drawn over the heatmaps (Okabe–Ito-derived, dark enough on both palette ends). */
export const COLORS = {
  real: '#3b1f73',
  fake: '#c4501a',
  target: '#5e4fa2',
  kde: '#c4501a',
  hist: 'rgba(230, 130, 40, 0.35)',
  d: '#1a1a1a',
  dStar: '#0072b2',
  manifold: 'rgba(40, 40, 40, 0.55)',
  arrow: '#111111',
  covered: '#009e73',
  uncovered: '#d55e00',
  axis: '#444444',
  grid: 'rgba(0, 0, 0, 0.08)',
  drawn: '#0072b2',
};

/** The CSS colour of value t in [0, 1] in a lookup table. */
export function lutColor(table: Uint8ClampedArray, t: number): string {
  const i = Math.max(0, Math.min(255, Math.round(t * 255))) * 3;
  return `rgb(${table[i]}, ${table[i + 1]}, ${table[i + 2]})`;
}
