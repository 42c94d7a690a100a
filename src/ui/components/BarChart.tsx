import { createSignal, For, onCleanup, Show } from 'solid-js';
import { t } from '../i18n/i18n';

export type BarSeries = { name: string; values: (number | null)[]; color?: string };
export type BarChartProps = {
  /** The x axis, e.g. months; one group of bars each. */
  categories: string[];
  /** One bar per category each; null = no value (no bar). */
  series: BarSeries[];
  /** Top of the y axis (default: a round number above the largest value, e.g. 100 for rates in %). */
  max?: number;
  /** Printed after values, e.g. '%'. */
  unit?: string;
  /** Height of the drawing in px (default 240); it is as wide as its container, at most 640 px. */
  height?: number;
};

const PALETTE = ['#0f5f54', '#2e90fa', '#f79009', '#7a5af8', '#e31b54', '#667085'];
const MAX_W = 640;
/** Room one category label needs (YYYY-MM at 11 px). */
const LABEL_W = 50;
const PAD = { left: 46, right: 8, top: 10, bottom: 26 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** 1, 2 or 5 times a power of ten, at least `v` (an axis top that reads well). */
function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1).replace(/\.0$/, ''));

/**
 * A grouped bar chart as plain SVG (no chart library): y axis with grid lines, category labels, a legend, each
 * value in a tooltip (the bar's title). Screen readers get one summary (role="img"). Drawn at the container's width
 * (not scaled), so text stays legible on a phone.
 */
export function BarChart(props: BarChartProps) {
  const [W, setW] = createSignal(MAX_W);
  const observe = (figure: HTMLElement) => {
    const ro = new ResizeObserver(([e]) => e && setW(Math.max(280, Math.min(MAX_W, Math.round(e.contentRect.width)))));
    ro.observe(figure);
    onCleanup(() => ro.disconnect());
  };
  const h = () => props.height ?? 240;
  const unit = () => props.unit ?? '';
  const values = () => props.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const max = () => props.max ?? niceMax(Math.max(0, ...values()));
  const plotH = () => h() - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH() * (1 - Math.max(0, Math.min(v, max())) / max());
  const group = () => (W() - PAD.left - PAD.right) / Math.max(1, props.categories.length);
  const bar = () => (group() * 0.78) / Math.max(1, props.series.length);
  /** With many categories or little room, label every n-th so labels do not collide. */
  const every = () => Math.ceil(LABEL_W / group());
  const colour = (s: BarSeries, i: number) => s.color ?? PALETTE[i % PALETTE.length]!;
  const summary = () =>
    t('metrics.chart.summary', {
      series: props.series.map((s) => s.name).join('、'),
      from: props.categories[0] ?? '',
      to: props.categories.at(-1) ?? '',
    });

  return (
    <Show when={props.categories.length && props.series.length} fallback={<p class="muted">{t('metrics.chart.empty')}</p>}>
      <figure ref={observe} class="bar-chart" style={{ margin: 0, 'max-width': `${MAX_W}px` }}>
        <svg viewBox={`0 0 ${W()} ${h()}`} width={W()} height={h()} role="img" aria-label={summary()} style={{ display: 'block', 'max-width': '100%', height: 'auto', 'font-size': '11px' }}>
          <For each={TICKS}>
            {(k) => (
              <g>
                <line x1={PAD.left} x2={W() - PAD.right} y1={y(k * max())} y2={y(k * max())} stroke={k ? '#eaecf0' : '#98a2b3'} />
                <text x={PAD.left - 6} y={y(k * max()) + 4} text-anchor="end" fill="#667085">{fmt(k * max()) + unit()}</text>
              </g>
            )}
          </For>
          <For each={props.categories}>
            {(cat, ci) => {
              const x0 = () => PAD.left + ci() * group() + (group() - bar() * props.series.length) / 2;
              return (
                <g>
                  <For each={props.series}>
                    {(s, si) => {
                      const v = () => s.values[ci()] as number;
                      // A zero still shows as a hairline, so it reads as 0 rather than as missing.
                      return (
                        <Show when={typeof s.values[ci()] === 'number'}>
                          <rect x={x0() + si() * bar()} y={Math.min(y(v()), y(0) - 1.5)} width={Math.max(1, bar() - 1)} height={Math.max(1.5, y(0) - y(v()))} fill={colour(s, si())} rx="1.5">
                            <title>{`${cat} ${s.name}：${fmt(v())}${unit()}`}</title>
                          </rect>
                        </Show>
                      );
                    }}
                  </For>
                  <Show when={ci() % every() === 0}>
                    <text x={PAD.left + (ci() + 0.5) * group()} y={h() - 8} text-anchor="middle" fill="#475467">{cat}</text>
                  </Show>
                </g>
              );
            }}
          </For>
        </svg>
        <figcaption style={{ display: 'flex', 'flex-wrap': 'wrap', gap: '0.4rem 1rem', 'font-size': '0.85rem', 'padding-left': `${PAD.left}px` }}>
          <For each={props.series}>
            {(s, i) => (
              <span style={{ display: 'inline-flex', 'align-items': 'center', gap: '0.35rem' }}>
                <span aria-hidden="true" style={{ width: '0.8rem', height: '0.8rem', 'border-radius': '2px', background: colour(s, i()) }} />
                {s.name}
              </span>
            )}
          </For>
        </figcaption>
      </figure>
    </Show>
  );
}
