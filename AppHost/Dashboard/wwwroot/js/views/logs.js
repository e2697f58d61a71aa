// Structured logs: what the services logged through OTLP, filtered by resource, level and text; each
// record links to the trace it was written in.
import { getJson } from '../api.js';
import { h, highlighted, attributesTable, debounce } from '../dom.js';
import { clockTime } from '../format.js';
import { serviceColor } from '../colors.js';
import { poll } from '../poller.js';
import { resourceNames, fillPicker } from './pickers.js';

const REFRESH_MS = 3000;
const levels = ['trace', 'debug', 'information', 'warning', 'error', 'critical'];

export function mount(main, { params }) {
  document.title = 'Structured logs · Telehealth dashboard';
  const resource = h('select', { id: 'logs-resource', 'data-testid': 'logs-resource' });
  const level = h('select', { id: 'logs-level', 'data-testid': 'logs-level' },
    h('option', { value: '' }, 'Any level'),
    levels.map((l) => h('option', { value: l }, `${l[0].toUpperCase()}${l.slice(1)} and above`)));
  const text = h('input', { id: 'logs-text', type: 'search', placeholder: 'Message or attribute', 'data-testid': 'logs-text' });
  const live = h('input', { type: 'checkbox', checked: true, 'data-testid': 'logs-live' });
  const traceFilter = h('div', { class: 'chips', 'data-testid': 'logs-trace-filter' });
  const body = h('tbody', { 'data-testid': 'logs-body' });
  const count = h('span', { class: 'subtle', 'data-testid': 'logs-count' });

  const filters = {
    resource: params.get('resource') ?? '',
    level: params.get('level') ?? '',
    text: params.get('text') ?? '',
    traceId: params.get('traceId') ?? '',
  };
  level.value = filters.level;
  text.value = filters.text;

  main.append(
    h('h1', {}, 'Structured logs', count),
    h('div', { class: 'toolbar' },
      h('label', { for: 'logs-resource' }, 'Resource', resource),
      h('label', { for: 'logs-level' }, 'Level', level),
      h('label', { for: 'logs-text' }, 'Text', text),
      h('label', { class: 'inline' }, live, 'Live'),
      traceFilter),
    h('table', { class: 'grid', 'data-testid': 'logs-table' },
      h('caption', { class: 'visually-hidden' }, 'Log records, newest first. Select a row to see its attributes.'),
      h('thead', {}, h('tr', {}, ['Time', 'Level', 'Resource', 'Message', 'Trace'].map((t) => h('th', { scope: 'col' }, t)))),
      body));

  const expanded = new Set();
  let shown = '';

  const refresh = async () => {
    fillPicker(resource, await resourceNames(), filters.resource);
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
    history.replaceState(null, '', `/logs${query.size ? `?${query}` : ''}`);
    traceFilter.replaceChildren(...(filters.traceId ? [
      h('span', { class: 'chip' }, 'Trace ', h('code', {}, filters.traceId.slice(0, 12))),
      h('button', { type: 'button', class: 'button-quiet', 'data-testid': 'logs-clear-trace', onclick: () => { filters.traceId = ''; refresh(); } }, 'Show all traces'),
    ] : []));
    const records = await getJson(`/api/logs?${query}`);
    const signature = JSON.stringify([records.map((r) => r.sequence), [...expanded]]);
    if (signature === shown) return;
    shown = signature;
    count.textContent = `${records.length} record${records.length === 1 ? '' : 's'}`;
    body.replaceChildren(...records.flatMap((record) => rows(record, filters.text, expanded, () => { shown = ''; refresh(); })));
    if (records.length === 0) body.append(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No log records match.')));
  };

  resource.addEventListener('change', () => { filters.resource = resource.value; refresh(); });
  level.addEventListener('change', () => { filters.level = level.value; refresh(); });
  text.addEventListener('input', debounce(() => { filters.text = text.value.trim(); refresh(); }, 250));

  return poll(async () => { if (live.checked || shown === '') await refresh(); }, REFRESH_MS);
}

function rows(record, search, expanded, toggled) {
  const isOpen = expanded.has(record.sequence);
  const toggle = () => {
    if (expanded.has(record.sequence)) expanded.delete(record.sequence);
    else expanded.add(record.sequence);
    toggled();
  };
  const row = h('tr', {
    class: 'log-row',
    tabindex: '0',
    'aria-expanded': String(isOpen),
    'data-testid': 'log-row',
    'data-level': record.level,
    onclick: (event) => { if (!event.target.closest('a')) toggle(); },
    onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); toggle(); } },
  },
  h('td', { class: 'mono' }, clockTime(record.time)),
  h('td', {}, h('span', { class: `badge level-${record.level}` }, record.level)),
  h('td', {}, h('span', { class: 'chip', style: { '--chip-color': serviceColor(record.resource) } }, record.resource)),
  h('td', { class: 'message' }, highlighted(record.message, search)),
  h('td', {}, record.traceId
    ? h('a', { href: `/traces/${record.traceId}`, 'data-testid': 'log-trace-link', 'aria-label': `Trace of this ${record.level} record` }, record.traceId.slice(0, 8))
    : h('span', { class: 'subtle' }, '–')));
  if (!isOpen) return [row];
  const details = h('tr', { class: 'log-details', 'data-testid': 'log-details' }, h('td', { colspan: 5 },
    h('dl', { class: 'facts' },
      h('dt', {}, 'Category'), h('dd', {}, record.category || '–'),
      h('dt', {}, 'Time'), h('dd', {}, record.time),
      h('dt', {}, 'Span'), h('dd', {}, record.spanId ?? '–')),
    attributesTable(record.attributes, 'Log record attributes')));
  return [row, details];
}
