import { createSignal, onCleanup, onMount } from 'solid-js';
import { t } from '../i18n/i18n';
import { signaturePng, type Point } from './signature-png';
import './signature-pad.css';

export type SignaturePadProps = {
  /** The signature as a PNG trimmed to the ink (≤ 600 × 240), after each stroke; null once cleared. */
  onChange: (png: Blob | null) => void;
  /** Drawing area in CSS pixels (default 480 × 200); narrower screens scale it down. */
  width?: number;
  height?: number;
  /** Accessible name of the drawing area, e.g. 张三 签名. */
  label: string;
};

const INK = '#10243f';

/**
 * 手写签名 (T4): a canvas signed with a finger, pen or mouse (pointer events; the page does not scroll under the
 * finger). Sharp on high-density screens; strokes are smoothed with quadratic curves through the midpoints.
 */
export function SignaturePad(props: SignaturePadProps) {
  const w = () => props.width ?? 480;
  const h = () => props.height ?? 200;
  const [signed, setSigned] = createSignal(false);
  let canvas!: HTMLCanvasElement;
  let g!: CanvasRenderingContext2D;
  let strokes: Point[][] = [];
  let current: Point[] | null = null;
  let version = 0;

  onMount(() => {
    const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
    canvas.width = Math.round(w() * dpr);
    canvas.height = Math.round(h() * dpr);
    g = canvas.getContext('2d')!;
    g.scale(dpr, dpr);
    g.lineCap = g.lineJoin = 'round';
    g.strokeStyle = g.fillStyle = INK;
  });

  /** The event's position in the pad's own CSS pixels (the canvas may be shown smaller than its size). */
  const at = (e: PointerEvent): Point => {
    const r = canvas.getBoundingClientRect();
    const width = e.pointerType === 'pen' && e.pressure > 0 ? 1.6 + 2.4 * e.pressure : 2.6;
    return { x: ((e.clientX - r.left) * w()) / r.width, y: ((e.clientY - r.top) * h()) / r.height, w: width };
  };

  function segment(pts: Point[]) {
    const n = pts.length;
    const [a, b, c] = [pts[n - 3] ?? pts[n - 2]!, pts[n - 2]!, pts[n - 1]!];
    g.lineWidth = c.w;
    g.beginPath();
    g.moveTo((a.x + b.x) / 2, (a.y + b.y) / 2);
    g.quadraticCurveTo(b.x, b.y, (b.x + c.x) / 2, (b.y + c.y) / 2);
    g.stroke();
  }

  function down(e: PointerEvent) {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    const p = at(e);
    current = [p];
    strokes.push(current);
    g.beginPath();
    g.arc(p.x, p.y, p.w / 2, 0, Math.PI * 2);
    g.fill();
  }

  function move(e: PointerEvent) {
    if (!current) return;
    e.preventDefault();
    const all = e.getCoalescedEvents?.() ?? [];
    for (const ev of all.length ? all : [e]) {
      current.push(at(ev));
      if (current.length > 1) segment(current);
    }
  }

  async function up() {
    if (!current) return;
    current = null;
    setSigned(true);
    const mine = ++version;
    const png = await signaturePng(canvas, strokes, { width: w(), height: h() });
    if (mine === version) props.onChange(png);
  }

  function clear() {
    version++;
    strokes = [];
    current = null;
    g.clearRect(0, 0, w(), h());
    setSigned(false);
    props.onChange(null);
  }
  onCleanup(() => version++);

  return (
    <div class="signature-pad" data-signed={signed() ? 'true' : 'false'}>
      <div class="signature-area" style={{ 'max-width': `${w()}px`, 'aspect-ratio': `${w()} / ${h()}` }}>
        <canvas ref={canvas} data-testid="signature-pad" role="img" aria-label={props.label}
          onPointerDown={down} onPointerMove={move} onPointerUp={() => void up()} onPointerCancel={() => void up()} />
        <span class="signature-hint" aria-hidden="true" hidden={signed()}>{t('signin.pad.hint')}</span>
      </div>
      <button type="button" class="link" onClick={clear} disabled={!signed()}>{t('signin.pad.clear')}</button>
    </div>
  );
}
