// Resources: every process the AppHost runs, its state and health, its endpoints, and start/stop/restart.
import { getJson, postJson } from '../api.js';
import { h, safeLink } from '../dom.js';
import { dateTime } from '../format.js';
import { poll } from '../poller.js';
import { announce } from '../status.js';

const REFRESH_MS = 2000;

const stateLooks = {
  running: 'ok',
  starting: 'info busy',
  restarting: 'info busy',
  stopping: 'warn busy',
  unhealthy: 'warn',
  exited: 'bad',
  'failed-to-start': 'bad',
  stopped: '',
  'not-started': '',
};

const canStart = new Set(['not-started', 'stopped', 'exited', 'failed-to-start']);
const canStop = new Set(['starting', 'running', 'unhealthy']);
const canRestart = new Set(['running', 'unhealthy', 'exited', 'stopped', 'failed-to-start']);

export function mount(main) {
  document.title = 'Resources · Telehealth dashboard';
  const body = h('tbody', { 'data-testid': 'resources-body' });
  const updated = h('span', { class: 'subtle', 'data-testid': 'resources-updated' });
  main.append(
    h('h1', {}, 'Resources', updated),
    h('table', { class: 'grid', 'data-testid': 'resources-table' },
      h('caption', { class: 'visually-hidden' }, 'Resources the AppHost runs, refreshed every two seconds'),
      h('thead', {}, h('tr', {},
        ['Name', 'Kind', 'State', 'Health', 'Endpoints', 'Started', 'Restarts', 'Actions']
          .map((title) => h('th', { scope: 'col' }, title)))),
      body));

  const rows = new Map();
  const refresh = () => poller.now();
  const poller = poll(async () => {
    const resources = await getJson('/api/resources');
    for (const resource of resources) {
      if (!rows.has(resource.name)) {
        const row = createRow(resource.name, refresh);
        rows.set(resource.name, row);
        body.append(row.element);
      }
      rows.get(resource.name).update(resource);
    }
    for (const [name, row] of rows) {
      if (!resources.some((r) => r.name === name)) {
        row.element.remove();
        rows.delete(name);
      }
    }
    updated.textContent = `updated ${new Date().toLocaleTimeString([], { hour12: false })}`;
  }, REFRESH_MS);
  return poller;
}

// Rows are created once and updated in place, so the refresh never steals focus from a button.
function createRow(name, refresh) {
  const cells = {
    kind: h('td', {}),
    state: h('span', { class: 'badge', 'data-testid': 'resource-state' }),
    health: h('span', { class: 'badge', 'data-testid': 'resource-health' }),
    endpoints: h('div', { class: 'endpoints', 'data-testid': 'resource-endpoints' }),
    started: h('td', { 'data-testid': 'resource-started' }),
    restarts: h('td', { class: 'num', 'data-testid': 'resource-restarts' }),
  };
  const buttons = {
    start: actionButton(name, 'start', 'Start', refresh),
    stop: actionButton(name, 'stop', 'Stop', refresh),
    restart: actionButton(name, 'restart', 'Restart', refresh),
  };
  const element = h('tr', { 'data-testid': 'resource-row', 'data-resource': name },
    h('th', { scope: 'row' }, h('a', { href: `/console?resource=${encodeURIComponent(name)}`, title: `Console of ${name}` }, name)),
    cells.kind,
    h('td', {}, cells.state),
    h('td', {}, cells.health),
    h('td', {}, cells.endpoints),
    cells.started,
    cells.restarts,
    h('td', {}, h('div', { class: 'actions' }, buttons.start, buttons.stop, buttons.restart)));

  let endpointsShown = '';
  return {
    element,
    update(resource) {
      cells.kind.textContent = resource.kind;
      cells.state.textContent = stateText(resource);
      cells.state.className = `badge ${stateLooks[resource.state] ?? ''}`;
      element.dataset.state = resource.state;
      const health = resource.health || 'unknown';
      cells.health.textContent = health[0].toUpperCase() + health.slice(1);
      cells.health.className = `badge ${healthLook(health)}`;
      element.dataset.health = health.toLowerCase();
      const endpoints = JSON.stringify(resource.endpoints);
      if (endpoints !== endpointsShown) {
        endpointsShown = endpoints;
        cells.endpoints.replaceChildren(...resource.endpoints.map((e) => h('span', {}, `${e.name}: `, safeLink(e.url, e.url))));
        if (resource.endpoints.length === 0) cells.endpoints.append(h('span', { class: 'subtle' }, 'none'));
      }
      cells.started.textContent = resource.startedAt ? dateTime(resource.startedAt) : '–';
      cells.restarts.textContent = String(resource.restarts);
      buttons.start.disabled = !canStart.has(resource.state);
      buttons.stop.disabled = !canStop.has(resource.state);
      buttons.restart.disabled = !canRestart.has(resource.state);
    },
  };
}

function actionButton(name, action, label, refresh) {
  const button = h('button', {
    type: 'button',
    class: 'button',
    'data-testid': `resource-${action}`,
    'aria-label': `${label} ${name}`,
    onclick: async () => {
      button.disabled = true;
      try {
        await postJson(`/api/resources/${encodeURIComponent(name)}/${action}`);
        announce(`${label} of ${name} requested.`);
      } catch (error) {
        announce(`${label} of ${name} failed: ${error.message}`, true);
      }
      refresh();
    },
  }, label);
  return button;
}

function stateText(resource) {
  const words = resource.state.split('-').join(' ');
  const text = words[0].toUpperCase() + words.slice(1);
  return resource.state === 'exited' && resource.exitCode !== undefined && resource.exitCode !== null
    ? `${text} (code ${resource.exitCode})`
    : text;
}

function healthLook(health) {
  switch (health.toLowerCase()) {
    case 'healthy': return 'ok';
    case 'degraded': return 'warn';
    case 'unhealthy': return 'bad';
    default: return '';
  }
}
