import { finiteRange, formatTick } from './lab-data';
import { COLORS } from './lab-palette';

/** The generator's map z → x: z on the horizontal axis, x on the vertical. */
export function drawMapInset(ctx: CanvasRenderingContext2D, z: Float32Array, gx: Float32Array,
  x: number, y: number, w: number, h: number): void {
  const [z0, z1] = finiteRange(z);
  const [g0, g1] = finiteRange(gx);
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = COLORS.axis;
  ctx.strokeRect(x + 0.5, y + 0.5, w, h);
  ctx.fillStyle = COLORS.axis;
  ctx.font = '10px sans-serif';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'right';
  ctx.fillText('G: z → x', x + w - 4, y + 3);
  const ix = x + 40;
  const iy = y + 18;
  const iw = w - 48;
  const ih = h - 34;
  const px = (v: number) => ix + ((v - z0) / (z1 - z0)) * iw;
  const py = (v: number) => iy + ih - ((v - g0) / (g1 - g0)) * ih;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.fillText(formatTick(g1), ix - 3, iy);
  ctx.fillText(formatTick(g0), ix - 3, iy + ih);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(formatTick(z0), ix, iy + ih + 2);
  ctx.fillText(formatTick(z1), ix + iw, iy + ih + 2);
  ctx.fillText('z', ix + iw / 2, iy + ih + 2);
  ctx.strokeStyle = COLORS.kde;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let i = 0; i < z.length && i < gx.length; i++) {
    if (i === 0) ctx.moveTo(px(z[i]), py(gx[i]));
    else ctx.lineTo(px(z[i]), py(gx[i]));
  }
  ctx.stroke();
  ctx.restore();
}
