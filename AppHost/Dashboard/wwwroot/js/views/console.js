// Console: one resource's stdout and stderr as the AppHost captured them, tailed live, with search.
import { getJson } from '../api.js';
import { h, highlighted, debounce } from '../dom.js';
import { clockTime } from '../format.js';
import { poll } from '../poller.js';

const REFRESH_MS = 1000;
const MAX_LINES = 5000;

export function mount(main, { params }) {
  document.title = 'Console · Telehealth dashboard';
  const picker = h('select', { id: 'console-resource', 'data-testid': 'console-resource' });
  const search = h('input', { id: 'console-search', type: 'search', placeholder: 'Filter lines', 'data-testid': 'console-search', value: params.get('search') ?? '' });
  const follow = h('input', { type: 'checkbox', checked: true, 'data-testid': 'console-follow' });
  const output = h('div', { class: 'console', role: 'log', tabindex: '0', 'aria-label': 'Console output', 'data-testid': 'console-output' });
  const count = h('span', { class: 'subtle', 'data-testid': 'console-count' });
  main.append(
    h('h1', {}, 'Console', count),
    h('div', { class: 'toolbar' },
      h('label', { for: 'console-resource' }, 'Resource', picker),
      h('label', { for: 'console-search' }, 'Search', search),
      h('label', { class: 'inline' }, follow, 'Follow output')),
    output);

  let resource = params.get('resource');
  let after = -1;
  let lines = 0;

  const restart = () => {
    after = -1;
    lines = 0;
    output.replaceChildren();
    const query = new URLSearchParams();
    if (resource) query.set('resource', resource);
    if (search.value) query.set('search', search.value);
    history.replaceState(null, '', `/console${query.size ? `?${query}` : ''}`);
  };
  picker.addEventListener('change', () => { resource = picker.value; restart(); });
  search.addEventListener('input', debounce(restart, 250));

  const stop = poll(async () => {
    if (picker.options.length === 0) {
      const resources = await getJson('/api/resources');
      if (resources.length === 0) return;
      picker.replaceChildren(...resources.map((r) => h('option', { value: r.name }, r.name)));
      if (!resources.some((r) => r.name === resource)) resource = resources[0].name;
      picker.value = resource;
    }
    const query = new URLSearchParams({ after: String(after) });
    if (search.value) query.set('search', search.value);
    const asked = resource;
    const view = await getJson(`/api/resources/${encodeURIComponent(asked)}/console?${query}`);
    if (asked !== resource) return;
    after = view.next;
    const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 8;
    for (const line of view.lines) {
      output.append(h('span', { class: `line${line.isError ? ' stderr' : ''}`, 'data-testid': 'console-line' },
        h('span', { class: 'at' }, clockTime(line.at)), highlighted(line.text, search.value)));
    }
    lines += view.lines.length;
    while (output.childElementCount > MAX_LINES) output.firstElementChild.remove();
    count.textContent = `${lines} line${lines === 1 ? '' : 's'}${search.value ? ' matching' : ''}`;
    if (follow.checked && (atBottom || view.lines.length > 0)) output.scrollTop = output.scrollHeight;
  }, REFRESH_MS);
  return stop;
}

