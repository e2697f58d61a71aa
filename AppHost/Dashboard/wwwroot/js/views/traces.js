// Traces: the newest traces with their length, span count and the services they crossed. One-span traces
// (health probes, outbox polls) are hidden unless asked for, so requests that cross services stand out.
import { getJson } from '../api.js';
import { h, debounce } from '../dom.js';
import { clockTime, duration } from '../format.js';
import { serviceColor } from '../colors.js';
import { poll } from '../poller.js';
import { resourceNames, fillPicker } from './pickers.js';

const REFRESH_MS = 3000;

export function mount(main, { params }) {
  document.title = 'Traces · Telehealth dashboard';
  const resource = h('select', { id: 'traces-resource', 'data-testid': 'traces-resource' });
  const text = h('input', { id: 'traces-text', type: 'search', placeholder: 'Span name or attribute', 'data-testid': 'traces-text', value: params.get('text') ?? '' });
  const hideSingle = h('input', { type: 'checkbox', checked: params.get('all') !== 'true', 'data-testid': 'traces-hide-single' });
  const live = h('input', { type: 'checkbox', checked: true, 'data-testid': 'traces-live' });
  const body = h('tbody', { 'data-testid': 'traces-body' });
  const count = h('span', { class: 'subtle', 'data-testid': 'traces-count' });
  let selected = params.get('resource') ?? '';
  main.append(
    h('h1', {}, 'Traces', count),
    h('div', { class: 'toolbar' },
      h('label', { for: 'traces-resource' }, 'Resource', resource),
      h('label', { for: 'traces-text' }, 'Text', text),
      h('label', { class: 'inline' }, hideSingle, 'Hide one-span traces'),
      h('label', { class: 'inline' }, live, 'Live')),
    h('table', { class: 'grid', 'data-testid': 'traces-table' },
      h('caption', { class: 'visually-hidden' }, 'Traces, newest first'),
      h('thead', {}, h('tr', {}, ['Started', 'Name', 'Services', 'Spans', 'Duration'].map((t) => h('th', { scope: 'col' }, t)))),
      body));

  let shown = '';
  const refresh = async () => {
    fillPicker(resource, await resourceNames(), selected);
    const query = new URLSearchParams();
    if (selected) query.set('resource', selected);
    if (text.value.trim()) query.set('text', text.value.trim());
    if (!hideSingle.checked) query.set('all', 'true');
    history.replaceState(null, '', `/traces${query.size ? `?${query}` : ''}`);
    query.delete('all');
    query.set('minSpans', hideSingle.checked ? '2' : '1');
    const traces = await getJson(`/api/traces?${query}`);
    const signature = JSON.stringify(traces.map((t) => [t.traceId, t.spanCount]));
    if (signature === shown) return;
    shown = signature;
    count.textContent = `${traces.length} newest trace${traces.length === 1 ? '' : 's'}`;
    const longest = Math.max(1e-9, ...traces.map((t) => t.durationMs));
    body.replaceChildren(...traces.map((t) => h('tr', { 'data-testid': 'trace-row', 'data-trace-id': t.traceId, 'data-span-count': t.spanCount },
      h('td', { class: 'mono' }, clockTime(t.start)),
      h('td', {},
        h('a', { href: `/traces/${t.traceId}`, 'data-testid': 'trace-link' }, `${t.rootResource}: ${t.rootName}`),
        t.hasError ? [' ', h('span', { class: 'badge error-mark' }, 'error')] : null),
      h('td', {}, h('div', { class: 'chips', 'data-testid': 'trace-services' },
        t.services.map((s) => h('span', { class: 'chip', style: { '--chip-color': serviceColor(s) } }, s)))),
      h('td', { class: 'num', 'data-testid': 'trace-span-count' }, String(t.spanCount)),
      h('td', { class: 'duration-cell' }, duration(t.durationMs),
        h('div', { class: 'duration-bar', 'aria-hidden': 'true', style: { width: `${(100 * t.durationMs) / longest}%` } })))));
    if (traces.length === 0) body.append(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No traces match. They appear as services export them.')));
  };
  const again = () => { shown = ''; refresh(); };
  resource.addEventListener('change', () => { selected = resource.value; again(); });
  text.addEventListener('input', debounce(again, 250));
  hideSingle.addEventListener('change', again);
  return poll(async () => { if (live.checked || shown === '') await refresh(); }, REFRESH_MS);
}
