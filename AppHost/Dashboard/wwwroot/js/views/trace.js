// One trace as a waterfall: a bar per span, placed by its start and sized by its duration, indented under
// its parent and coloured by service. Selecting a span shows its attributes and events.
import { getJson } from '../api.js';
import { h, attributesTable } from '../dom.js';
import { dateTime, duration } from '../format.js';
import { serviceColor } from '../colors.js';

const INDENT_REM = 1.1;

export function mount(main, { match }) {
  const traceId = match[1].toLowerCase();
  document.title = `Trace ${traceId.slice(0, 8)} · Telehealth dashboard`;
  main.append(h('p', { class: 'subtle' }, 'Loading trace…'));
  let active = true;
  getJson(`/api/traces/${traceId}`)
    .then((trace) => { if (active) draw(main, trace); })
    .catch((error) => {
      if (!active) return;
      main.replaceChildren(
        h('p', {}, h('a', { href: '/traces' }, '← All traces')),
        h('div', { class: 'empty' }, error.status === 404 ? 'This trace is no longer in the window (or never arrived).' : error.message));
    });
  return () => { active = false; };
}

function draw(main, trace) {
  const total = Math.max(trace.durationMs, 1e-6);
  const details = h('section', { class: 'span-details', 'data-testid': 'span-details', 'aria-live': 'polite', hidden: true });
  const rows = [];

  const select = (span, row) => {
    for (const other of rows) other.setAttribute('aria-expanded', String(other === row));
    details.hidden = false;
    details.replaceChildren(...spanDetails(span));
  };

  for (const span of trace.spans) {
    const left = (100 * span.startOffsetMs) / total;
    const width = Math.max((100 * span.durationMs) / total, 0.15);
    const color = serviceColor(span.resource);
    const labelAtLeft = left + width > 80;
    const row = h('button', {
      type: 'button',
      class: 'span-row',
      'aria-expanded': 'false',
      'data-testid': 'span-row',
      'data-span-id': span.spanId,
      'data-resource': span.resource,
      'data-depth': span.depth,
      'aria-label': `${span.resource} ${span.name}, starts at ${duration(span.startOffsetMs)}, takes ${duration(span.durationMs)}`,
    },
    h('span', { class: 'span-name', style: { 'padding-left': `${0.65 + span.depth * INDENT_REM}rem` } },
      h('span', { class: 'chip', style: { '--chip-color': color } }, span.resource),
      h('span', { class: 'name', title: span.name }, span.name)),
    h('span', { class: 'span-track', 'aria-hidden': 'true' },
      h('span', {
        class: `span-bar${span.status === 'error' ? ' error' : ''}`,
        'data-testid': 'span-bar',
        style: { left: `${left}%`, width: `${width}%`, '--bar-color': color },
      }),
      h('span', {
        class: 'span-duration',
        style: labelAtLeft ? { right: `${100 - left}%` } : { left: `${left + width}%` },
      }, duration(span.durationMs))));
    row.addEventListener('click', () => select(span, row));
    rows.push(row);
  }

  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => h('span', { style: { left: `${f * 100}%` } }, duration(f * trace.durationMs)));
  main.replaceChildren(
    h('p', {}, h('a', { href: '/traces', 'data-testid': 'back-to-traces' }, '← All traces')),
    h('h1', {}, 'Trace', h('code', { 'data-testid': 'trace-id' }, trace.traceId)),
    h('div', { class: 'trace-summary' },
      h('span', {}, 'Started ', h('strong', {}, dateTime(trace.start))),
      h('span', {}, 'Duration ', h('strong', { 'data-testid': 'trace-duration' }, duration(trace.durationMs))),
      h('span', {}, 'Spans ', h('strong', { 'data-testid': 'trace-span-total' }, String(trace.spanCount))),
      h('div', { class: 'chips', 'data-testid': 'trace-legend', 'aria-label': 'Services in this trace' },
        trace.services.map((s) => h('span', { class: 'chip', style: { '--chip-color': serviceColor(s) } }, s))),
      h('a', { href: `/logs?traceId=${trace.traceId}`, 'data-testid': 'trace-logs-link' }, 'Logs of this trace')),
    h('div', { class: 'waterfall', 'data-testid': 'waterfall' },
      h('div', { class: 'waterfall-head', 'aria-hidden': 'true' },
        h('div', {}, 'Service and span'),
        h('div', { class: 'ticks' }, ticks)),
      rows),
    details);
}

function spanDetails(span) {
  const events = span.events.length === 0 ? [] : [
    h('h2', {}, 'Events'),
    ...span.events.map((e) => h('div', {}, h('strong', {}, `${duration(e.offsetMs)} `), e.name, attributesTable(e.attributes, `Attributes of event ${e.name}`))),
  ];
  return [
    h('h2', {}, span.name),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Service'), h('dd', { 'data-testid': 'span-detail-resource' }, span.resource),
      h('dt', {}, 'Kind'), h('dd', {}, span.kind),
      h('dt', {}, 'Status'), h('dd', {}, span.statusMessage ? `${span.status}: ${span.statusMessage}` : span.status),
      h('dt', {}, 'Starts at'), h('dd', {}, duration(span.startOffsetMs)),
      h('dt', {}, 'Duration'), h('dd', {}, duration(span.durationMs)),
      h('dt', {}, 'Span id'), h('dd', {}, span.spanId),
      h('dt', {}, 'Parent id'), h('dd', {}, span.parentSpanId ?? '– (root)'),
      h('dt', {}, 'Scope'), h('dd', {}, span.scope || '–')),
    h('h2', {}, 'Attributes'),
    attributesTable(span.attributes, 'Span attributes'),
    ...events,
  ];
}
