// The dashboard's router: every page is this shell; the path picks the view drawn into <main>.
import { getJson } from './api.js';
import { seedServiceColors } from './colors.js';
import * as resources from './views/resources.js';
import * as consoleView from './views/console.js';
import * as logs from './views/logs.js';
import * as traces from './views/traces.js';
import * as trace from './views/trace.js';
import * as metrics from './views/metrics.js';

const routes = [
  { pattern: /^\/(resources)?$/, nav: 'resources', view: resources },
  { pattern: /^\/console$/, nav: 'console', view: consoleView },
  { pattern: /^\/logs$/, nav: 'logs', view: logs },
  { pattern: /^\/traces$/, nav: 'traces', view: traces },
  { pattern: /^\/traces\/([0-9a-fA-F]+)$/, nav: 'traces', view: trace },
  { pattern: /^\/metrics$/, nav: 'metrics', view: metrics },
];

let unmount = () => {};

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

function render() {
  unmount();
  const main = document.getElementById('main');
  main.replaceChildren();
  const route = routes.find((r) => r.pattern.test(location.pathname));
  if (!route) {
    main.append(Object.assign(document.createElement('p'), { textContent: 'No such page.' }));
    return;
  }
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === route.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const match = location.pathname.match(route.pattern);
  const params = new URLSearchParams(location.search);
  unmount = route.view.mount(main, { match, params }) ?? (() => {});
}

// Same-origin links inside the app change the view without reloading the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || link.target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/assets/') || url.pathname.startsWith('/api/')) return;
  if (!routes.some((r) => r.pattern.test(url.pathname))) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
  document.getElementById('main').focus();
});

window.addEventListener('popstate', render);

getJson('/api/resources')
  .then((list) => seedServiceColors(list.map((r) => r.name)))
  .catch(() => {})
  .finally(render);
