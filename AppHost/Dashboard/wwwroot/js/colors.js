// One colour per service, stable for the whole visit, so a service looks the same on every page.
// The palette keeps at least 3:1 contrast against both light and dark surfaces.

const palette = ['#2563eb', '#d97706', '#059669', '#9333ea', '#db2777', '#0891b2', '#65a30d', '#b45309', '#4f46e5', '#0d9488'];
const assigned = new Map();

export function seedServiceColors(names) {
  for (const name of [...names].sort()) serviceColor(name);
}

export function serviceColor(name) {
  if (!assigned.has(name)) assigned.set(name, palette[assigned.size % palette.length]);
  return assigned.get(name);
}
