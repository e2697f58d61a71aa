// Metrics: pick a resource and one of its instruments to chart it. Counters show a rate per second,
// histograms their p50/p95/p99, gauges and up-down counters their value.
import { getJson } from '../api.js';
import { h } from '../dom.js';
import { measured, number, unitName } from '../format.js';
import { drawLineChart } from '../chart.js';
import { poll } from '../poller.js';

const REFRESH_MS = 5000;
const percentileColors = { p50: '#2563eb', p95: '#d97706', p99: '#dc2626' };

export function mount(main, { params }) {
  document.title = 'Metrics · Telehealth dashboard';
  const resource = h('select', { id: 'metric-resource', 'data-testid': 'metric-resource' });
  const instrument = h('select', { id: 'metric-instrument', 'data-testid': 'metric-instrument' });
  const description = h('p', { class: 'subtle', 'data-testid': 'metric-description' });
  const latest = h('dl', { class: 'latest', 'data-testid': 'metric-latest' });
  const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  chart.setAttribute('class', 'chart');
  chart.setAttribute('data-testid', 'metric-chart');
  const legend = h('div', { class: 'legend', 'data-testid': 'metric-legend' });
  const card = h('figure', { class: 'chart-card', hidden: true }, description, latest, chart, h('figcaption', {}, legend));
  const empty = h('div', { class: 'empty', 'data-testid': 'metrics-empty' }, 'No metrics yet. Services export them every few seconds.');
  main.append(
    h('h1', {}, 'Metrics'),
    h('div', { class: 'toolbar' },
      h('label', { for: 'metric-resource' }, 'Resource', resource),
      h('label', { for: 'metric-instrument' }, 'Instrument', instrument)),
    empty,
    card);

  let catalog = [];
  let wanted = { resource: params.get('resource') ?? '', instrument: params.get('instrument') ?? '' };

  const fillInstruments = () => {
    const entry = catalog.find((c) => c.resource === resource.value);
    const instruments = entry?.instruments ?? [];
    instrument.replaceChildren(...instruments.map((i) => h('option', { value: i.name }, `${i.name}${i.unit ? ` (${unitName(i.unit)})` : ''} · ${i.kind}`)));
    if (instruments.some((i) => i.name === wanted.instrument)) instrument.value = wanted.instrument;
    wanted.instrument = instrument.value;
  };

  const refresh = async () => {
    catalog = await getJson('/api/metrics');
    empty.hidden = catalog.length > 0;
    card.hidden = catalog.length === 0;
    if (catalog.length === 0) return;
    const names = catalog.map((c) => c.resource);
    if (resource.options.length !== names.length || [...resource.options].some((o, i) => o.value !== names[i])) {
      resource.replaceChildren(...names.map((n) => h('option', { value: n }, n)));
    }
    resource.value = names.includes(wanted.resource) ? wanted.resource : names[0];
    wanted.resource = resource.value;
    const before = [...instrument.options].map((o) => o.value).join();
    const entry = catalog.find((c) => c.resource === resource.value);
    if ((entry?.instruments ?? []).map((i) => i.name).join() !== before) fillInstruments();
    if (!instrument.value) return;
    history.replaceState(null, '', `/metrics?resource=${encodeURIComponent(resource.value)}&instrument=${encodeURIComponent(instrument.value)}`);
    const series = await getJson(`/api/metrics/${encodeURIComponent(resource.value)}/${encodeURIComponent(instrument.value)}`);
    show(series, { description, latest, chart, legend });
  };

  resource.addEventListener('change', () => { wanted = { resource: resource.value, instrument: '' }; fillInstruments(); refresh(); });
  instrument.addEventListener('change', () => { wanted.instrument = instrument.value; refresh(); });
  return poll(refresh, REFRESH_MS);
}

function show(series, { description, latest, chart, legend }) {
  const unit = series.unit;
  const points = series.points.map((p) => ({ ...p, time: new Date(p.time) }));
  const last = series.points.at(-1) ?? {};
  let lines;
  let format;
  let facts;
  if (series.kind === 'histogram') {
    format = (v) => measured(v, unit);
    lines = ['p50', 'p95', 'p99'].map((name) => ({ name, color: percentileColors[name], points: points.map((p) => ({ time: p.time, value: p[name] })) }));
    facts = [['p50', measured(last.p50, unit)], ['p95', measured(last.p95, unit)], ['p99', measured(last.p99, unit)], ['per second', number(last.rate)], ['count', number(last.count)]];
  } else if (series.kind === 'counter') {
    format = (v) => `${number(v)}/s`;
    lines = [{ name: `${unitName(unit) || 'increase'} per second`, color: '#2563eb', points: points.map((p) => ({ time: p.time, value: p.rate })) }];
    facts = [['per second', number(last.rate)], ['in last interval', number(last.value)]];
  } else {
    format = (v) => measured(v, unit);
    lines = [{ name: 'value', color: '#2563eb', points: points.map((p) => ({ time: p.time, value: p.value })) }];
    facts = [['latest', measured(last.value, unit)]];
  }
  description.textContent = `${series.description || series.instrument} · ${series.kind} · ${series.streams} attribute set${series.streams === 1 ? '' : 's'} · ${series.points.length} interval${series.points.length === 1 ? '' : 's'}`;
  latest.replaceChildren(...facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))));
  drawLineChart(chart, lines, format, `${series.instrument} of ${series.resource} over time`);
  legend.replaceChildren(...lines.map((l) => h('span', { style: { '--swatch': l.color } }, l.name)));
}
