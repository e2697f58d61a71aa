// A time-series line chart in plain SVG: one path per series, a y axis from zero, and time along x.
import { svg } from './dom.js';

const WIDTH = 900;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 20, bottom: 34, left: 72 };

// series: [{ name, color, points: [{ time: Date, value: number|null }] }]; format(value) labels the y axis.
export function drawLineChart(element, series, format, description) {
  element.replaceChildren();
  element.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', description);

  const all = series.flatMap((s) => s.points.filter((p) => p.value !== null && p.value !== undefined));
  if (all.length === 0) {
    element.append(svg('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'no-data' }, 'No points yet: they arrive with the next export.'));
    return;
  }

  let start = Math.min(...all.map((p) => p.time.getTime()));
  let end = Math.max(...all.map((p) => p.time.getTime()));
  if (end - start < 1000) { start -= 30_000; end += 30_000; }
  const top = niceCeiling(Math.max(...all.map((p) => p.value)));
  const bottom = Math.min(0, ...all.map((p) => p.value));

  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (time) => MARGIN.left + ((time - start) / (end - start)) * plotWidth;
  const y = (value) => MARGIN.top + plotHeight - ((value - bottom) / (top - bottom || 1)) * plotHeight;

  const axis = svg('g', { class: 'axis' });
  for (let i = 0; i <= 4; i++) {
    const value = bottom + ((top - bottom) * i) / 4;
    const at = y(value);
    axis.append(
      svg('line', { class: 'gridline', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: at, y2: at }),
      svg('text', { x: MARGIN.left - 8, y: at + 4, 'text-anchor': 'end' }, format(value)));
  }
  for (let i = 0; i <= 4; i++) {
    const time = start + ((end - start) * i) / 4;
    const anchor = i === 0 ? 'start' : i === 4 ? 'end' : 'middle';
    axis.append(svg('text', { x: x(time), y: HEIGHT - 10, 'text-anchor': anchor },
      new Date(time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })));
  }
  element.append(axis);

  for (const s of series) {
    const points = s.points.filter((p) => p.value !== null && p.value !== undefined);
    if (points.length === 0) continue;
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.time.getTime()).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    element.append(svg('path', { d, class: 'series', stroke: s.color, 'data-testid': 'metric-series', 'data-series': s.name }));
    // Markers make a lone point visible and give each point a hover label.
    if (points.length <= 120) {
      const markers = svg('g', {});
      for (const p of points) {
        markers.append(svg('circle', { cx: x(p.time.getTime()), cy: y(p.value), r: 3, fill: s.color, class: 'marker' },
          svg('title', {}, `${s.name} ${format(p.value)} at ${p.time.toLocaleTimeString([], { hour12: false })}`)));
      }
      element.append(markers);
    }
  }
}

// 1, 2 or 5 times a power of ten, at or above the highest value, so the axis reads in round numbers.
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * power) return step * power;
  }
  return 10 * power;
}
