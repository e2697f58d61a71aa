'use strict';

// gRPC interop server on grpc-js: grpc.testing.TestService with the standard
// interop semantics, grpc.health.v1.Health and server reflection (v1, v1alpha).
//
//   node server.js --port PORT
//
// Binds 127.0.0.1 (port 0 picks a free one), prints `listening 127.0.0.1:PORT`
// once bound, and serves until SIGTERM or SIGINT.
//
// grpc-js limits: it never compresses responses, so response_compressed and
// ResponseParameters.compressed are accepted but answered uncompressed, and it
// hides whether a request arrived compressed, so expect_compressed is not
// checked.

const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const { loadProtos } = require('./protos');
const { reflectionHandler } = require('./reflection');

const HOST = '127.0.0.1';
const ECHO_INITIAL_KEY = 'x-grpc-test-echo-initial';
const ECHO_TRAILING_KEY = 'x-grpc-test-echo-trailing-bin';
const SHUTDOWN_GRACE_MS = 2_000;

// ---------------------------------------------------------------------------
// Helpers shared by the TestService methods

function zeros(size) {
  return { body: Buffer.alloc(size ?? 0) };
}

function payloadLength(message) {
  return message?.payload?.body?.length ?? 0;
}

// The error a request asks the call to end with, or null for success.
function requestedFailure(responseStatus) {
  const code = responseStatus?.code ?? 0;
  return code === 0 ? null : { code, details: responseStatus.message ?? '' };
}

function echoInitialMetadata(call) {
  const values = call.metadata.get(ECHO_INITIAL_KEY);
  if (values.length > 0) {
    const headers = new grpc.Metadata();
    headers.set(ECHO_INITIAL_KEY, values[0]);
    call.sendMetadata(headers);
  }
}

function echoedTrailers(call) {
  const trailers = new grpc.Metadata();
  const values = call.metadata.get(ECHO_TRAILING_KEY);
  if (values.length > 0) {
    trailers.set(ECHO_TRAILING_KEY, values[0]);
  }
  return trailers;
}

// Resolves true after `ms`, or false as soon as the client cancels, so a
// sleeping handler does not outlive its call.
function sleepUnlessCancelled(call, ms) {
  if (call.cancelled) {
    return Promise.resolve(false);
  }
  if (!(ms > 0)) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const onCancelled = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      call.off('cancelled', onCancelled);
      resolve(true);
    }, ms);
    call.once('cancelled', onCancelled);
  });
}

// Sends one response per entry, each after its interval; false if the call
// was cancelled on the way.
async function writeResponses(call, parameters = []) {
  for (const { size, interval_us: intervalUs } of parameters) {
    if (!(await sleepUnlessCancelled(call, (intervalUs ?? 0) / 1000))) {
      return false;
    }
    call.write({ payload: zeros(size) });
  }
  return !call.cancelled;
}

// Ends a streaming call with the requested status, carrying the trailers.
function endStream(call, responseStatus, trailers) {
  const failure = requestedFailure(responseStatus);
  if (failure) {
    call.emit('error', { ...failure, metadata: trailers });
  } else {
    call.end(trailers);
  }
}

// Answers one duplex request; false once the call is over (failed on
// request or cancelled), so later requests are ignored.
async function answerDuplexRequest(call, request, trailers) {
  if (requestedFailure(request.response_status)) {
    endStream(call, request.response_status, trailers);
    return false;
  }
  return writeResponses(call, request.response_parameters);
}

// ---------------------------------------------------------------------------
// grpc.testing.TestService

const testService = {
  EmptyCall(_call, callback) {
    callback(null, {});
  },

  UnaryCall(call, callback) {
    echoInitialMetadata(call);
    const trailers = echoedTrailers(call);
    const failure = requestedFailure(call.request.response_status);
    if (failure) {
      callback({ ...failure, metadata: trailers });
      return;
    }
    callback(null, { payload: zeros(call.request.response_size) }, trailers);
  },

  async StreamingOutputCall(call) {
    if (await writeResponses(call, call.request.response_parameters)) {
      endStream(call, call.request.response_status, new grpc.Metadata());
    }
  },

  StreamingInputCall(call, callback) {
    let total = 0;
    call.on('data', (request) => {
      total += payloadLength(request);
    });
    call.on('end', () => callback(null, { aggregated_payload_size: total }));
  },

  // Answers each request as it arrives; responses stay in request order
  // because each answer waits for the previous one.
  FullDuplexCall(call) {
    echoInitialMetadata(call);
    const trailers = echoedTrailers(call);
    let open = Promise.resolve(true);
    call.on('data', (request) => {
      open = open.then((stillOpen) => stillOpen && answerDuplexRequest(call, request, trailers));
    });
    call.on('end', () => {
      open.then((stillOpen) => stillOpen && call.end(trailers));
    });
  },

  // Like FullDuplexCall, but answers only after the client half-closes.
  HalfDuplexCall(call) {
    echoInitialMetadata(call);
    const trailers = echoedTrailers(call);
    const requests = [];
    call.on('data', (request) => requests.push(request));
    call.on('end', async () => {
      for (const request of requests) {
        if (!(await answerDuplexRequest(call, request, trailers))) {
          return;
        }
      }
      call.end(trailers);
    });
  },
};

// ---------------------------------------------------------------------------
// grpc.health.v1.Health

const SERVING_STATUS = new Map([
  ['', 'SERVING'],
  ['grpc.testing.TestService', 'SERVING'],
]);

// Open Watch streams, so shutdown can end them instead of waiting on them.
const healthWatches = new Set();

const healthService = {
  Check(call, callback) {
    const { service = '' } = call.request;
    const status = SERVING_STATUS.get(service);
    if (status === undefined) {
      callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${service}` });
      return;
    }
    callback(null, { status });
  },

  // Statuses never change here, so after the first update the stream just
  // stays open until the client leaves or the server stops.
  Watch(call) {
    const { service = '' } = call.request;
    healthWatches.add(call);
    call.on('cancelled', () => healthWatches.delete(call));
    call.write({ status: SERVING_STATUS.get(service) ?? 'SERVICE_UNKNOWN' });
  },
};

function endHealthWatches() {
  for (const call of healthWatches) {
    call.end();
  }
  healthWatches.clear();
}

// ---------------------------------------------------------------------------
// Startup and shutdown

function parsePort() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
  const port = Number(values.port);
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`usage: node server.js --port PORT (0..65535, 0 picks a free port), got ${values.port}\n`);
    process.exit(2);
  }
  return port;
}

function createServer() {
  const proto = loadProtos();
  const server = new grpc.Server();
  server.addService(proto.grpc.testing.TestService.service, testService);
  server.addService(proto.grpc.health.v1.Health.service, healthService);

  const reflected = ['grpc.testing.TestService', 'grpc.health.v1.Health'];
  const reflectionVersions = ['v1', 'v1alpha'];
  reflected.push(...reflectionVersions.map((version) => `grpc.reflection.${version}.ServerReflection`));
  const ServerReflectionInfo = reflectionHandler(reflected);
  for (const version of reflectionVersions) {
    server.addService(proto.grpc.reflection[version].ServerReflection.service, { ServerReflectionInfo });
  }
  return server;
}

function stopOnSignals(server) {
  const stop = () => {
    endHealthWatches();
    // A handler still sleeping on a long interval must not hold the exit up.
    const force = setTimeout(() => {
      server.forceShutdown();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.tryShutdown(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function main() {
  const port = parsePort();
  const server = createServer();
  server.bindAsync(`${HOST}:${port}`, grpc.ServerCredentials.createInsecure(), (error, boundPort) => {
    if (error) {
      process.stderr.write(`bind failed: ${error.message}\n`);
      process.exit(1);
    }
    stopOnSignals(server);
    process.stdout.write(`listening ${HOST}:${boundPort}\n`);
  });
}

main();
