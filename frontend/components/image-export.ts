/**
 * The image view's PNG: its on-screen layout painted into one canvas at the device's resolution
 * (white ground, headings and texts, each cell's border colour, the digits pixel for pixel without
 * smoothing, the histogram), so that the file shows what the student sees, scrolled-away parts included.
 */

function offset(el: Element, root: HTMLElement): { x: number; y: number; w: number; h: number } {
  const r = el.getBoundingClientRect();
  const o = root.getBoundingClientRect();
  return { x: r.left - o.left + root.scrollLeft, y: r.top - o.top + root.scrollTop, w: r.width, h: r.height };
}

/** Paints `root` (the view's scrolling box) into a new canvas. */
export function composeView(root: HTMLElement): HTMLCanvasElement {
  const dpr = window.devicePixelRatio || 1;
  const W = root.scrollWidth;
  const H = root.scrollHeight;
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(W * dpr));
  out.height = Math.max(1, Math.round(H * dpr));
  const ctx = out.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.imageSmoothingEnabled = false;
  for (const el of Array.from(root.querySelectorAll('.cell, .bar'))) {
    const b = offset(el, root);
    const style = getComputedStyle(el);
    if (el.classList.contains('bar')) {
      const g = ctx.createLinearGradient(b.x, 0, b.x + b.w, 0);
      const stops = (el as HTMLElement).dataset.stops?.split('|') ?? [];
      stops.forEach((c, i) => g.addColorStop(stops.length > 1 ? i / (stops.length - 1) : 0, c));
      ctx.fillStyle = g;
    } else {
      ctx.fillStyle = style.borderTopColor;
    }
    ctx.fillRect(b.x, b.y, b.w, b.h);
  }
  for (const c of Array.from(root.querySelectorAll('canvas'))) {
    const b = offset(c, root);
    if (b.w > 0 && b.h > 0) ctx.drawImage(c, b.x, b.y, b.w, b.h);
  }
  ctx.textBaseline = 'top';
  for (const t of Array.from(root.querySelectorAll('h2, .text, .rowlabel, .sw'))) {
    const b = offset(t, root);
    const style = getComputedStyle(t);
    if (t.classList.contains('sw')) {
      ctx.fillStyle = style.backgroundColor;
      ctx.fillRect(b.x, b.y, b.w, b.h);
      continue;
    }
    ctx.fillStyle = style.color;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = (t.textContent ?? '').replace(/\s+/g, ' ').trim();
    wrapText(ctx, text, b.x, b.y, b.w + 2, parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.25);
  }
  return out;
}

/** Fills `text` in lines at most `w` wide from (x, y). */
function wrapText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, w: number, lh: number): void {
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > w && line) {
      ctx.fillText(line, x, y);
      y += lh;
      line = word;
    } else {
      line = next;
    }
  }
  if (line) ctx.fillText(line, x, y);
}

/** Saves `canvas` as a PNG file named `fileName`. */
export function savePng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => {
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
