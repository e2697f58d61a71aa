'use strict';

// The grpc-js peer: calls the running telehealth services as a patient app written in node
// would, with nothing but the public .proto files.
//
//   node client.js --prescription 127.0.0.1:PORT --scheduling 127.0.0.1:PORT
//                  --progress 127.0.0.1:PORT --notification 127.0.0.1:PORT
//                  [--cases case1,case2,...] [--ca ca.pem]
//
// The callers come from the environment (see ../README.md). With --ca the channels are TLS
// and trust only the authority in that PEM file. Prints one JSON line per case,
// {"case":...,"ok":true} or {"case":...,"ok":false,"error":...}, and exits 0 only if every
// case passed (1 if any failed, 2 on a bad command line or environment).

const fs = require('node:fs');
const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const { CaseFailure } = require('./calls');
const { CASES } = require('./cases');
const { loadServices, loadErrorModel } = require('./protos');

// Past every call's own deadline, so a deadline surfaces as the status it produced rather
// than as this bare timeout.
const CASE_GUARD_MS = 60_000;

const CALLER_VARIABLES = {
  therapistId: 'TELEHEALTH_THERAPIST_ID',
  therapistToken: 'TELEHEALTH_THERAPIST_TOKEN',
  patientId: 'TELEHEALTH_PATIENT_ID',
  patientToken: 'TELEHEALTH_PATIENT_TOKEN',
  forgedToken: 'TELEHEALTH_FORGED_TOKEN',
  expiredToken: 'TELEHEALTH_EXPIRED_TOKEN',
};

function readCallers() {
  const values = {};
  for (const [key, variable] of Object.entries(CALLER_VARIABLES)) {
    values[key] = process.env[variable];
    if (!values[key]) {
      throw new Error(`${variable} is not set`);
    }
  }
  return {
    therapist: { id: values.therapistId, token: values.therapistToken },
    patient: { id: values.patientId, token: values.patientToken },
    forgedToken: values.forgedToken,
    expiredToken: values.expiredToken,
  };
}

function target(name, address, service, proto, credentials, extra = {}) {
  const [, packageName] = /^(.*)\.[^.]+$/.exec(service);
  const lookup = (qualified) => qualified.split('.').reduce((scope, part) => scope[part], proto);
  const Api = lookup(service);
  return {
    name,
    address,
    service,
    package: packageName,
    api: new Api(address, credentials),
    health: new proto.grpc.health.v1.Health(address, credentials),
    reflectionV1: new proto.grpc.reflection.v1.ServerReflection(address, credentials),
    reflectionV1alpha: new proto.grpc.reflection.v1alpha.ServerReflection(address, credentials),
    ...extra(Api),
  };
}

function createPeer({ prescription, scheduling, progress, notification, ca }) {
  const proto = loadServices();
  const credentials = ca ? grpc.credentials.createSsl(fs.readFileSync(ca)) : grpc.credentials.createInsecure();
  // grpc-js picks request compression per channel, so the gzip case has a client of its own.
  const gzip = { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip };
  const targets = [
    target(
      'prescription',
      prescription,
      'telehealth.prescription.v1.PrescriptionService',
      proto,
      credentials,
      () => ({}),
    ),
    target('scheduling', scheduling, 'telehealth.scheduling.v1.SchedulingService', proto, credentials, () => ({})),
    target('progress', progress, 'telehealth.progress.v1.ProgressService', proto, credentials, () => ({})),
    target(
      'notification',
      notification,
      'telehealth.notification.v1.NotificationService',
      proto,
      credentials,
      (Api) => ({
        gzipApi: new Api(notification, credentials, gzip),
      }),
    ),
  ];
  return {
    targets,
    // Each target by its name too: peer.prescription, peer.scheduling, peer.progress, peer.notification.
    ...Object.fromEntries(targets.map((t) => [t.name, t])),
    credentials,
    callers: readCallers(),
    errorModel: loadErrorModel(),
  };
}

function closeAll(peer) {
  for (const t of peer.targets) {
    for (const client of Object.values(t)) {
      if (client instanceof grpc.Client) {
        client.close();
      }
    }
  }
}

function withGuard(promise, ms) {
  let timer;
  const guard = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new CaseFailure(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

async function runCase(name, peer) {
  try {
    await withGuard(CASES[name](peer), CASE_GUARD_MS);
    return { case: name, ok: true };
  } catch (error) {
    const detail = error instanceof CaseFailure ? error.message : String(error?.stack ?? error);
    return { case: name, ok: false, error: detail };
  }
}

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      prescription: { type: 'string' },
      scheduling: { type: 'string' },
      progress: { type: 'string' },
      notification: { type: 'string' },
      cases: { type: 'string' },
      ca: { type: 'string' },
    },
  });
  for (const required of ['prescription', 'scheduling', 'progress', 'notification']) {
    if (!values[required]) {
      throw new Error(`--${required} HOST:PORT is required`);
    }
  }
  const cases = values.cases
    ? values.cases
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : Object.keys(CASES);
  const unknown = cases.filter((name) => !(name in CASES));
  if (unknown.length > 0) {
    throw new Error(`unknown cases: ${unknown.join(', ')}; known: ${Object.keys(CASES).join(', ')}`);
  }
  return { ...values, cases };
}

async function main() {
  let commandLine;
  let peer;
  try {
    commandLine = parseCommandLine();
    peer = createPeer(commandLine);
  } catch (error) {
    process.stderr.write(
      'usage: node client.js --prescription HOST:PORT --scheduling HOST:PORT --progress HOST:PORT' +
        ' --notification HOST:PORT [--cases a,b,...] [--ca ca.pem]\n' +
        `${error.message}\n`,
    );
    process.exit(2);
  }
  let allPassed = true;
  for (const name of commandLine.cases) {
    const result = await runCase(name, peer);
    allPassed &&= result.ok;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  closeAll(peer);
  // A case that timed out may have left a call behind; do not wait for it.
  process.exit(allPassed ? 0 : 1);
}

main();
