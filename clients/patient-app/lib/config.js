'use strict';

// Where the services are, who is calling and for which patient: each setting from its option,
// else its environment variable, else the AppHost's apphost.json.

const fs = require('node:fs');
const path = require('node:path');
const { UsageError } = require('./errors');

const SERVICES = ['prescription', 'scheduling', 'progress', 'notification'];
const DEFAULT_STATE_DIR = path.resolve(__dirname, '..', '..', '..', '.state');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The options every command takes, for node:util parseArgs. */
const CONNECTION_OPTIONS = {
  apphost: { type: 'string' },
  'state-dir': { type: 'string' },
  'prescription-url': { type: 'string' },
  'scheduling-url': { type: 'string' },
  'progress-url': { type: 'string' },
  'notification-url': { type: 'string' },
  ca: { type: 'string' },
  token: { type: 'string' },
  patient: { type: 'string' },
  timeout: { type: 'string' },
};

function resolveConfig(values, env = process.env) {
  const discovery = readDiscovery(values, env);
  const endpoints = {};
  for (const service of SERVICES) {
    const variable = `TELEHEALTH_${service.toUpperCase()}_URL`;
    const url = values[`${service}-url`] ?? env[variable] ?? discovery?.services?.[service]?.grpc;
    endpoints[service] = url ? parseEndpoint(url, `--${service}-url`) : null;
  }

  const token = (values.token ?? env.TELEHEALTH_TOKEN ?? '').trim();
  if (!token) {
    throw new UsageError('no token: pass --token or set TELEHEALTH_TOKEN (e.g. from "telehealth token --role patient")');
  }
  const patientId = values.patient ?? env.TELEHEALTH_PATIENT_ID ?? subjectOf(token);
  if (!patientId || !UUID.test(patientId)) {
    throw new UsageError(`the patient id must be a UUID (--patient or TELEHEALTH_PATIENT_ID; the token's subject otherwise), not ${JSON.stringify(patientId ?? '')}`);
  }

  const timeoutSeconds = values.timeout === undefined ? 15 : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new UsageError(`--timeout must be a positive number of seconds, not ${JSON.stringify(values.timeout)}`);
  }

  const caFile = values.ca ?? env.TELEHEALTH_CA;
  let rootCertificates = null;
  if (caFile) {
    try {
      rootCertificates = fs.readFileSync(caFile);
    } catch (error) {
      throw new UsageError(`cannot read the certificate authority ${caFile}: ${error.message}`);
    }
  }

  return { endpoints, token, patientId: patientId.toLowerCase(), timeoutMs: timeoutSeconds * 1000, rootCertificates };
}

/** apphost.json: from --apphost, TELEHEALTH_APPHOST, --state-dir, TELEHEALTH_STATE_DIR, or the repository's .state. */
function readDiscovery(values, env) {
  const explicit = values.apphost ?? env.TELEHEALTH_APPHOST;
  const file = explicit ?? path.join(values['state-dir'] ?? env.TELEHEALTH_STATE_DIR ?? DEFAULT_STATE_DIR, 'apphost.json');
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (explicit || values['state-dir'] || env.TELEHEALTH_STATE_DIR) {
      throw new UsageError(`cannot read ${file} (is the AppHost running?): ${error.code ?? error.message}`);
    }
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${error.message}`);
  }
}

/** "http://127.0.0.1:5301" → { target: "127.0.0.1:5301", tls: false, url }. */
function parseEndpoint(url, option) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${option}: ${JSON.stringify(url)} is not a URL such as http://127.0.0.1:5301`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`${option}: ${JSON.stringify(url)} must be http:// (h2c) or https://`);
  }
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  return { target: `${parsed.hostname}:${port}`, tls: parsed.protocol === 'https:', url };
}

/** The JWT's sub claim, read without checking the signature (the services check it). */
function subjectOf(token) {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).sub ?? null;
  } catch {
    return null;
  }
}

module.exports = { CONNECTION_OPTIONS, SERVICES, UUID, resolveConfig, subjectOf };
