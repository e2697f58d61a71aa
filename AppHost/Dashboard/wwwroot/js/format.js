// How times, durations and metric values read on every page.

export function clockTime(value) {
  if (!value) return '';
  const date = new Date(value);
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return `${time}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

export function dateTime(value) {
  if (!value) return '';
  return new Date(value).toLocaleString([], { hour12: false });
}

export function duration(milliseconds) {
  if (milliseconds === null || milliseconds === undefined) return '';
  if (milliseconds === 0) return '0 ms';
  if (milliseconds < 1) return `${Math.round(milliseconds * 1000)} µs`;
  if (milliseconds < 1000) return `${decimals(milliseconds, milliseconds < 10 ? 2 : 1)} ms`;
  return `${decimals(milliseconds / 1000, 2)} s`;
}

// "{request}" is UCUM's way of naming a count; show it as a word.
export function unitName(unit) {
  if (!unit) return '';
  return unit.replace(/^\{(.*)\}$/, '$1');
}

export function number(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && magnitude < 0.01) return value.toExponential(1);
  if (magnitude >= 1e6) return `${decimals(value / 1e6, 2)}M`;
  if (magnitude >= 1e4) return `${decimals(value / 1e3, 1)}k`;
  return decimals(value, magnitude < 10 ? 3 : 1);
}

// At most `digits` decimals, without trailing zeros: 1.5 rather than 1.500.
function decimals(value, digits) {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: false });
}

// A value in the instrument's unit; durations in seconds read better as milliseconds.
export function measured(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 's') return duration(value * 1000);
  if (unit === 'ms') return duration(value);
  if (unit === 'By') return bytes(value);
  const name = unitName(unit);
  return name ? `${number(value)} ${name}` : number(value);
}

function bytes(value) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let scaled = value;
  let index = 0;
  while (Math.abs(scaled) >= 1024 && index < units.length - 1) {
    scaled /= 1024;
    index++;
  }
  return `${decimals(scaled, index === 0 ? 0 : 1)} ${units[index]}`;
}
