'use strict';

// Messages printed as proto3 JSON: lowerCamelCase names, enum names, int64 as strings (as the
// loader gives them) and google.protobuf.Timestamp as RFC 3339 text, one message per line.

/** A plain copy of a message with every Timestamp ({seconds, nanos}) as RFC 3339 text. */
function toProtoJson(value) {
  if (Array.isArray(value)) {
    return value.map(toProtoJson);
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (Buffer.isBuffer(value)) {
    return value.toString('base64');
  }
  if (isTimestamp(value)) {
    return formatTimestamp(value);
  }
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    // proto3 JSON leaves unset message fields out rather than writing null.
    if (item !== null && item !== undefined) {
      copy[key] = toProtoJson(item);
    }
  }
  return copy;
}

function isTimestamp(value) {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('seconds') && keys.includes('nanos');
}

function formatTimestamp({ seconds, nanos }) {
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const n = Number(nanos) || 0;
  if (n === 0) {
    return `${whole}Z`;
  }
  const digits = String(n).padStart(9, '0');
  const fraction = digits.endsWith('000000') ? digits.slice(0, 3) : digits.endsWith('000') ? digits.slice(0, 6) : digits;
  return `${whole}.${fraction}Z`;
}

/** A Date as a google.protobuf.Timestamp for a request. */
function timestamp(date) {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds: String(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** A Timestamp from a response as a Date (null when absent). */
function dateOf(value) {
  if (!value) {
    return null;
  }
  return new Date(Number(value.seconds) * 1000 + Math.floor((Number(value.nanos) || 0) / 1_000_000));
}

/** Writes one JSON line on stdout and resolves once it has been handed to the OS (so a reader sees it now). */
function printLine(value) {
  const text = `${JSON.stringify(toProtoJson(value))}\n`;
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

module.exports = { toProtoJson, formatTimestamp, timestamp, dateOf, printLine };
