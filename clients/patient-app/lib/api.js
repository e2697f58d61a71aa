'use strict';

// Calls to the four services as a phone app makes them: a bearer token on every call, a W3C
// traceparent so the operators can follow a call across services, one deadline per command step,
// and retries of UNAVAILABLE (and of RESOURCE_EXHAUSTED with a retry-after-ms trailer). A write is
// retried with the request id it was first sent with, which the services answer with the first answer.

const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { serviceConstructors, richStatusTypes } = require('./protos');
const { CallError, UsageError } = require('./errors');

const { status: Status } = grpc;
const MAX_ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 4000;
const USER_AGENT = 'telehealth-patient-app/1.0';
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

class Api {
  constructor(config, env = process.env) {
    this.config = config;
    this.clients = new Map();
    // One trace per run of the app: the caller's (TRACEPARENT, as OpenTelemetry passes context to
    // a process through its environment) or a new one.
    const inherited = TRACEPARENT.exec((env.TRACEPARENT ?? '').trim().toLowerCase());
    this.traceId = inherited && !/^0+$/.test(inherited[1]) ? inherited[1] : crypto.randomBytes(16).toString('hex');
    this.traceFlags = inherited ? inherited[3] : '01';
    this.traceState = inherited ? (env.TRACESTATE ?? '').trim() : '';
  }

  client(service) {
    let client = this.clients.get(service);
    if (!client) {
      const endpoint = this.config.endpoints[service];
      if (!endpoint) {
        throw new UsageError(
          `no address for the ${service} service: pass --${service}-url, set TELEHEALTH_${service.toUpperCase()}_URL, or point --apphost at a running AppHost's apphost.json`,
        );
      }
      const credentials = endpoint.tls
        ? grpc.credentials.createSsl(this.config.rootCertificates ?? undefined)
        : grpc.credentials.createInsecure();
      const Constructor = serviceConstructors()[service];
      client = new Constructor(endpoint.target, credentials, {
        'grpc.primary_user_agent': USER_AGENT,
        // Keep a quiet subscription's connection known to be alive.
        'grpc.keepalive_time_ms': 30_000,
        'grpc.keepalive_timeout_ms': 10_000,
      });
      this.clients.set(service, client);
    }
    return client;
  }

  metadata() {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${this.config.token}`);
    metadata.set('traceparent', `00-${this.traceId}-${crypto.randomBytes(8).toString('hex')}-${this.traceFlags}`);
    if (this.traceState) {
      metadata.set('tracestate', this.traceState);
    }
    return metadata;
  }

  /**
   * A unary call with retries. The request is sent unchanged on every attempt: a write carries its
   * request id from the start, so a retry is the same request and gets the first answer.
   */
  async call(service, method, request) {
    const deadline = Date.now() + this.config.timeoutMs;
    let backoff = FIRST_BACKOFF_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(service, method, request, deadline);
      } catch (error) {
        if (error.code === undefined) {
          throw error;
        }
        const wait = retryDelay(error, backoff);
        if (wait === null || attempt >= MAX_ATTEMPTS || Date.now() + wait >= deadline) {
          throw new CallError(service, method, error, violationsOf(error));
        }
        await sleep(wait);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  attempt(service, method, request, deadline) {
    const client = this.client(service);
    if (typeof client[method] !== 'function') {
      throw new Error(`${service} has no method ${method} in its .proto file`);
    }
    return new Promise((resolve, reject) => {
      client[method](request, this.metadata(), { deadline }, (error, response) => (error ? reject(error) : resolve(response)));
    });
  }

  /** A server-streaming call without a deadline; the caller handles its events. */
  stream(service, method, request) {
    return this.client(service)[method](request, this.metadata());
  }

  close() {
    for (const client of this.clients.values()) {
      client.close();
    }
    this.clients.clear();
  }
}

/** How long to wait before the next attempt, or null when the failure is not worth retrying. */
function retryDelay(error, backoff) {
  if (error.code === Status.UNAVAILABLE) {
    return jitter(backoff);
  }
  if (error.code === Status.RESOURCE_EXHAUSTED) {
    // The services' call-rate limit says when to come back; a message too large never fits.
    const after = Number(error.metadata?.get('retry-after-ms')?.[0]);
    return Number.isFinite(after) && after >= 0 ? Math.max(after, 50) : null;
  }
  return null;
}

function jitter(ms) {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}

/** The fields a google.rpc.BadRequest in grpc-status-details-bin names, if any. */
function violationsOf(error) {
  const details = error.metadata?.get('grpc-status-details-bin')?.[0];
  if (!details) {
    return [];
  }
  try {
    const types = richStatusTypes();
    const status = types.status.decode(Buffer.from(details));
    return status.details
      .filter((any) => any.type_url.endsWith('/google.rpc.BadRequest'))
      .flatMap((any) => types.badRequest.decode(any.value).field_violations)
      .map((violation) => ({ field: violation.field, description: violation.description }));
  } catch {
    return [];
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { Api, sleep, violationsOf };
