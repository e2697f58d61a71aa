// The resource picker shared by the telemetry pages: the AppHost's resources plus any other service.name seen.
import { getJson } from '../api.js';
import { h } from '../dom.js';

export async function resourceNames() {
  const [resources, seen] = await Promise.all([
    getJson('/api/resources').catch(() => []),
    getJson('/api/telemetry/resources').catch(() => []),
  ]);
  return [...new Set([...resources.map((r) => r.name), ...seen])].sort();
}

export function fillPicker(select, names, selected, allLabel = 'All resources') {
  const current = selected ?? select.value;
  select.replaceChildren(
    ...(allLabel ? [h('option', { value: '' }, allLabel)] : []),
    ...names.map((name) => h('option', { value: name }, name)));
  if (names.includes(current) || (allLabel && current === '')) select.value = current;
}
