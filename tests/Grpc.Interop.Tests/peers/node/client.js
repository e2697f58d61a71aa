'use strict';

// gRPC interop client on grpc-js.
//
//   node client.js --address 127.0.0.1:PORT [--cases case1,case2,...] [--ca ca.pem]
//
// With --ca the channel is TLS and trusts only the authority in that PEM file.
//
// Prints one JSON line per case, {"case":...,"ok":true} or
// {"case":...,"ok":false,"error":...}, and exits 0 only if every case passed.

const fs = require('node:fs');
const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const { FileDescriptorProto } = require('protobufjs/ext/descriptor');
const { loadProtos } = require('./protos');

const CASE_TIMEOUT_MS = 10_000;
const { status: Status } = grpc;

const REQUEST_SIZES = [27182, 8, 1828, 45904];
const RESPONSE_SIZES = [31415, 9, 2653, 58979];
const MIN_COMPRESSIBLE_SIZE = 1024;
const LARGE_REQUEST_SIZE = 271828;
const LARGE_RESPONSE_SIZE = 314159;
const SPECIAL_STATUS_MESSAGE = '\t\ntest with whitespace\r\nand Unicode BMP \u263A and non-BMP \uD83D\uDE08\t\n';
const ECHO_INITIAL_KEY = 'x-grpc-test-echo-initial';
const ECHO_INITIAL_VALUE = 'test_initial_metadata_value';
const ECHO_TRAILING_KEY = 'x-grpc-test-echo-trailing-bin';
const ECHO_TRAILING_VALUE = Buffer.from([0xab, 0xab, 0xab]);

// ---------------------------------------------------------------------------
// Assertions

class CaseFailure extends Error {}

function expect(condition, message) {
  if (!condition) {
    throw new CaseFailure(message);
  }
}

function statusName(code) {
  return Status[code] ?? String(code);
}

function expectStatus(status, code, details) {
  expect(
    status.code === code,
    `expected status ${statusName(code)}, saw ${statusName(status.code)} (${JSON.stringify(status.details)})`,
  );
  if (details !== undefined) {
    expect(
      status.details === details,
      `expected status message ${JSON.stringify(details)}, saw ${JSON.stringify(status.details)}`,
    );
  }
}

function payloadLength(message) {
  return message?.payload?.body?.length ?? 0;
}

function expectPayload(message, size, what = 'response') {
  expect(message, `expected a ${what} with a ${size}-byte payload, saw none`);
  expect(payloadLength(message) === size, `expected a ${what} payload of ${size} bytes, saw ${payloadLength(message)}`);
}

// JSON for error messages, with bytes shown by length rather than as arrays.
function describe(value) {
  return JSON.stringify(value, (_key, item) =>
    item?.type === 'Buffer' && Array.isArray(item.data) ? `<${item.data.length} bytes>` : item,
  );
}

function describeValues(values) {
  return JSON.stringify(values.map((value) => (Buffer.isBuffer(value) ? `0x${value.toString('hex')}` : value)));
}

function expectEchoedMetadata(headers, trailers) {
  const initial = headers.get(ECHO_INITIAL_KEY);
  expect(
    initial.length === 1 && initial[0] === ECHO_INITIAL_VALUE,
    `expected initial metadata ${ECHO_INITIAL_KEY}=${ECHO_INITIAL_VALUE}, saw ${JSON.stringify(initial)}`,
  );
  const trailing = trailers.get(ECHO_TRAILING_KEY);
  expect(
    trailing.length === 1 && Buffer.isBuffer(trailing[0]) && trailing[0].equals(ECHO_TRAILING_VALUE),
    `expected trailer ${ECHO_TRAILING_KEY}=0x${ECHO_TRAILING_VALUE.toString('hex')}, saw ${describeValues(trailing)}`,
  );
}

// ---------------------------------------------------------------------------
// Messages and call plumbing

function zeros(size) {
  return { body: Buffer.alloc(size) };
}

function echoMetadata() {
  const metadata = new grpc.Metadata();
  metadata.set(ECHO_INITIAL_KEY, ECHO_INITIAL_VALUE);
  metadata.set(ECHO_TRAILING_KEY, ECHO_TRAILING_VALUE);
  return metadata;
}

// Every call carries a deadline so a server that never answers fails the case
// instead of hanging the run.
function callOptions(timeoutMs = CASE_TIMEOUT_MS) {
  return { deadline: Date.now() + timeoutMs };
}

// Starts a call with a single response (unary or client streaming). `start`
// gets the completion callback and returns the call. The outcome settles on
// the call's final status, so headers, response and trailers are all known.
function startSingleResponse(start) {
  let response;
  let headers;
  const call = start((_error, value) => {
    response = value;
  });
  call.on('metadata', (metadata) => {
    headers = metadata;
  });
  const outcome = new Promise((resolve) => {
    call.on('status', (status) => {
      resolve({ response, status, headers: headers ?? new grpc.Metadata(), trailers: status.metadata });
    });
  });
  return { call, outcome };
}

function callSingleResponse(start) {
  return startSingleResponse(start).outcome;
}

// Wraps a call with a response stream: read() resolves to the next message,
// or null once the stream is over; `status` and `headers` settle when known.
function observeStream(call) {
  const buffered = [];
  const readers = [];
  let ended = false;
  const flush = () => {
    while (readers.length > 0 && (buffered.length > 0 || ended)) {
      readers.shift()(buffered.length > 0 ? buffered.shift() : null);
    }
  };
  const finish = () => {
    ended = true;
    flush();
  };
  call.on('data', (message) => {
    buffered.push(message);
    flush();
  });
  call.on('end', finish);
  // A non-OK status arrives as 'error'; `status` carries its details.
  call.on('error', finish);

  let resolveHeaders;
  const headers = new Promise((resolve) => {
    resolveHeaders = resolve;
  });
  call.on('metadata', resolveHeaders);
  const status = new Promise((resolve) => call.on('status', resolve));
  // A trailers-only response has no separate headers.
  status.then(() => resolveHeaders(new grpc.Metadata()));

  const read = () =>
    new Promise((resolve) => {
      readers.push(resolve);
      flush();
    });
  const readAll = async () => {
    const messages = [];
    for (let message = await read(); message !== null; message = await read()) {
      messages.push(message);
    }
    return messages;
  };
  return { call, read, readAll, headers, status };
}

// Calls a method by path with raw bytes, for methods the protos do not bind.
function callByPath(client, path) {
  const passThrough = (bytes) => bytes;
  return callSingleResponse((done) =>
    client.makeUnaryRequest(path, passThrough, passThrough, Buffer.alloc(0), callOptions(), done),
  );
}

function streamingOutputRequest(responseSizes, payloadSize = 0) {
  return {
    response_parameters: responseSizes.map((size) => ({ size })),
    payload: zeros(payloadSize),
  };
}

// ---------------------------------------------------------------------------
// Cases

async function emptyUnary({ test }) {
  const { response, status } = await callSingleResponse((done) => test.EmptyCall({}, callOptions(), done));
  expectStatus(status, Status.OK);
  expect(response && Object.keys(response).length === 0, `expected an Empty response, saw ${describe(response)}`);
}

async function largeUnaryOn(client, extraFields = {}) {
  const request = { response_size: LARGE_RESPONSE_SIZE, payload: zeros(LARGE_REQUEST_SIZE), ...extraFields };
  const { response, status } = await callSingleResponse((done) => client.UnaryCall(request, callOptions(), done));
  expectStatus(status, Status.OK);
  expectPayload(response, LARGE_RESPONSE_SIZE);
}

function largeUnary({ test }) {
  return largeUnaryOn(test);
}

function clientCompressedUnary({ gzipTest }) {
  return largeUnaryOn(gzipTest, { expect_compressed: { value: true } });
}

function serverCompressedUnary({ test }) {
  return largeUnaryOn(test, { response_compressed: { value: true } });
}

// Whether a compressed stream's request of this payload size must arrive
// compressed. grpc core (the python client) sends a message uncompressed when
// gzip would not shrink it, as for the 8-byte payload, so both clients ask
// that only of the payloads large enough to shrink.
function mustArriveCompressed(size) {
  return size >= MIN_COMPRESSIBLE_SIZE;
}

async function clientStreamingOn(client, compressed) {
  const { response, status } = await callSingleResponse((done) => {
    const call = client.StreamingInputCall(callOptions(), done);
    for (const size of REQUEST_SIZES) {
      const expectCompressed = compressed && mustArriveCompressed(size);
      call.write({ payload: zeros(size), ...(expectCompressed ? { expect_compressed: { value: true } } : {}) });
    }
    call.end();
    return call;
  });
  expectStatus(status, Status.OK);
  const expected = REQUEST_SIZES.reduce((sum, size) => sum + size, 0);
  const seen = response?.aggregated_payload_size ?? 0;
  expect(seen === expected, `expected aggregated_payload_size ${expected}, saw ${seen}`);
}

function clientStreaming({ test }) {
  return clientStreamingOn(test, false);
}

function clientCompressedStreaming({ gzipTest }) {
  return clientStreamingOn(gzipTest, true);
}

async function serverStreamingWith(test, compressed) {
  const request = {
    response_parameters: RESPONSE_SIZES.map((size) => ({
      size,
      ...(compressed ? { compressed: { value: true } } : {}),
    })),
  };
  const stream = observeStream(test.StreamingOutputCall(request, callOptions()));
  const messages = await stream.readAll();
  expectStatus(await stream.status, Status.OK);
  const sizes = messages.map(payloadLength);
  expect(
    JSON.stringify(sizes) === JSON.stringify(RESPONSE_SIZES),
    `expected response sizes ${JSON.stringify(RESPONSE_SIZES)}, saw ${JSON.stringify(sizes)}`,
  );
}

function serverStreaming({ test }) {
  return serverStreamingWith(test, false);
}

function serverCompressedStreaming({ test }) {
  return serverStreamingWith(test, true);
}

async function pingPong({ test }) {
  const stream = observeStream(test.FullDuplexCall(callOptions()));
  for (let i = 0; i < REQUEST_SIZES.length; i++) {
    stream.call.write(streamingOutputRequest([RESPONSE_SIZES[i]], REQUEST_SIZES[i]));
    expectPayload(await stream.read(), RESPONSE_SIZES[i], `response #${i + 1}`);
  }
  stream.call.end();
  const extra = await stream.read();
  expect(extra === null, `expected the stream to end after half-close, saw a ${payloadLength(extra)}-byte response`);
  expectStatus(await stream.status, Status.OK);
}

async function emptyStream({ test }) {
  const stream = observeStream(test.FullDuplexCall(callOptions()));
  stream.call.end();
  const messages = await stream.readAll();
  expectStatus(await stream.status, Status.OK);
  expect(messages.length === 0, `expected no responses, saw ${messages.length}`);
}

async function timeoutOnSleepingServer({ test }) {
  const stream = observeStream(test.FullDuplexCall({ deadline: Date.now() + 1 }));
  const request = streamingOutputRequest([31415], 27182);
  request.response_parameters[0].interval_us = 10_000_000;
  stream.call.write(request);
  await stream.readAll();
  expectStatus(await stream.status, Status.DEADLINE_EXCEEDED);
}

async function cancelAfterBegin({ test }) {
  const { call, outcome } = startSingleResponse((done) => test.StreamingInputCall(callOptions(), done));
  call.cancel();
  expectStatus((await outcome).status, Status.CANCELLED);
}

async function cancelAfterFirstResponse({ test }) {
  const stream = observeStream(test.FullDuplexCall(callOptions()));
  stream.call.write(streamingOutputRequest([31415], 27182));
  expectPayload(await stream.read(), 31415);
  stream.call.cancel();
  expectStatus(await stream.status, Status.CANCELLED);
}

async function expectUnaryStatus(test, code, message) {
  const request = { response_status: { code, message } };
  const { status } = await callSingleResponse((done) => test.UnaryCall(request, callOptions(), done));
  expectStatus(status, code, message);
}

async function statusCodeAndMessage({ test }) {
  const message = 'test status message';
  await expectUnaryStatus(test, Status.UNKNOWN, message);

  const stream = observeStream(test.FullDuplexCall(callOptions()));
  stream.call.write({ response_status: { code: Status.UNKNOWN, message } });
  stream.call.end();
  await stream.readAll();
  expectStatus(await stream.status, Status.UNKNOWN, message);
}

function specialStatusMessage({ test }) {
  return expectUnaryStatus(test, Status.UNKNOWN, SPECIAL_STATUS_MESSAGE);
}

async function customMetadata({ test }) {
  const request = { response_size: LARGE_RESPONSE_SIZE, payload: zeros(LARGE_REQUEST_SIZE) };
  const unary = await callSingleResponse((done) => test.UnaryCall(request, echoMetadata(), callOptions(), done));
  expectStatus(unary.status, Status.OK);
  expectPayload(unary.response, LARGE_RESPONSE_SIZE);
  expectEchoedMetadata(unary.headers, unary.trailers);

  const stream = observeStream(test.FullDuplexCall(echoMetadata(), callOptions()));
  stream.call.write(streamingOutputRequest([LARGE_RESPONSE_SIZE], LARGE_REQUEST_SIZE));
  stream.call.end();
  const messages = await stream.readAll();
  const status = await stream.status;
  expectStatus(status, Status.OK);
  expect(messages.length === 1, `expected 1 response, saw ${messages.length}`);
  expectPayload(messages[0], LARGE_RESPONSE_SIZE);
  expectEchoedMetadata(await stream.headers, status.metadata);
}

async function unimplementedMethod({ test }) {
  const { status } = await callByPath(test, '/grpc.testing.TestService/UnimplementedCall');
  expectStatus(status, Status.UNIMPLEMENTED);
}

async function unimplementedService({ test }) {
  const { status } = await callByPath(test, '/grpc.testing.UnimplementedService/UnimplementedCall');
  expectStatus(status, Status.UNIMPLEMENTED);
}

async function oversizedRequest({ test }) {
  const request = { response_size: 1, payload: zeros(5 * 1024 * 1024) };
  const { status } = await callSingleResponse((done) => test.UnaryCall(request, callOptions(), done));
  expectStatus(status, Status.RESOURCE_EXHAUSTED);
  // The rejection must stay on that one call: the channel keeps working.
  await emptyUnary({ test });
}

async function healthCheck({ health }) {
  for (const service of ['', 'grpc.testing.TestService']) {
    const { response, status } = await callSingleResponse((done) => health.Check({ service }, callOptions(), done));
    expectStatus(status, Status.OK);
    expect(response?.status === 'SERVING', `expected ${JSON.stringify(service)} SERVING, saw ${response?.status}`);
  }
  const { status } = await callSingleResponse((done) =>
    health.Check({ service: 'no.such.Service' }, callOptions(), done),
  );
  expectStatus(status, Status.NOT_FOUND);
}

async function healthWatch({ health }) {
  const stream = observeStream(health.Watch({ service: 'grpc.testing.TestService' }, callOptions()));
  const first = await stream.read();
  stream.call.cancel();
  expect(first?.status === 'SERVING', `expected a first update SERVING, saw ${describe(first)}`);
}

function describeFile(file) {
  return `file ${JSON.stringify(file.name)} (package ${JSON.stringify(file.package)})`;
}

// Asks for the file declaring `symbol` and checks that the first returned
// descriptor is that file: package grpc.testing and declaring the symbol.
async function expectFileContaining(ask, symbol, declares) {
  const response = await ask({ file_containing_symbol: symbol });
  expect(
    response.message_response === 'file_descriptor_response',
    `expected a file_descriptor_response for ${symbol}, saw ${describe(response)}`,
  );
  const files = response.file_descriptor_response.file_descriptor_proto ?? [];
  expect(files.length > 0, `expected file descriptors for ${symbol}, saw none`);
  const file = FileDescriptorProto.decode(files[0]);
  expect(file.package === 'grpc.testing', `expected package grpc.testing for ${symbol}, saw ${describeFile(file)}`);
  expect(declares(file), `expected ${describeFile(file)} to declare ${symbol}`);
}

async function reflectionOn(client) {
  const stream = observeStream(client.ServerReflectionInfo(callOptions()));
  // The protocol answers each request with exactly one response, in order.
  const ask = async (request) => {
    stream.call.write(request);
    const response = await stream.read();
    if (response === null) {
      const status = await stream.status;
      throw new CaseFailure(
        `expected a response to ${describe(request)}, ` +
          `the stream ended with ${statusName(status.code)} (${JSON.stringify(status.details)})`,
      );
    }
    return response;
  };

  const listed = await ask({ list_services: '' });
  const names = (listed.list_services_response?.service ?? []).map((service) => service.name);
  for (const name of ['grpc.testing.TestService', 'grpc.health.v1.Health']) {
    expect(names.includes(name), `expected list_services to include ${name}, saw ${JSON.stringify(names)}`);
  }

  await expectFileContaining(ask, 'grpc.testing.TestService', (file) =>
    file.service.some((service) => service.name === 'TestService'),
  );
  await expectFileContaining(ask, 'grpc.testing.SimpleRequest', (file) =>
    file.messageType.some((message) => message.name === 'SimpleRequest'),
  );

  const unknown = await ask({ file_containing_symbol: 'no.such.Symbol' });
  const errorCode = unknown.error_response?.error_code;
  expect(
    errorCode === Status.NOT_FOUND,
    `expected error_response NOT_FOUND (5) for no.such.Symbol, saw ${describe(unknown)}`,
  );

  stream.call.end();
  await stream.readAll();
  expectStatus(await stream.status, Status.OK);
}

function reflectionV1({ reflectionV1: client }) {
  return reflectionOn(client);
}

function reflectionV1alpha({ reflectionV1alpha: client }) {
  return reflectionOn(client);
}

const CASES = {
  empty_unary: emptyUnary,
  large_unary: largeUnary,
  client_compressed_unary: clientCompressedUnary,
  server_compressed_unary: serverCompressedUnary,
  client_streaming: clientStreaming,
  client_compressed_streaming: clientCompressedStreaming,
  server_streaming: serverStreaming,
  server_compressed_streaming: serverCompressedStreaming,
  ping_pong: pingPong,
  empty_stream: emptyStream,
  timeout_on_sleeping_server: timeoutOnSleepingServer,
  cancel_after_begin: cancelAfterBegin,
  cancel_after_first_response: cancelAfterFirstResponse,
  status_code_and_message: statusCodeAndMessage,
  special_status_message: specialStatusMessage,
  custom_metadata: customMetadata,
  unimplemented_method: unimplementedMethod,
  unimplemented_service: unimplementedService,
  oversized_request: oversizedRequest,
  health_check: healthCheck,
  health_watch: healthWatch,
  reflection_v1: reflectionV1,
  reflection_v1alpha: reflectionV1alpha,
};

// ---------------------------------------------------------------------------
// Runner

function createClients(address, caFile) {
  const proto = loadProtos();
  const credentials = caFile ? grpc.credentials.createSsl(fs.readFileSync(caFile)) : grpc.credentials.createInsecure();
  // oversized_request has to put a 5 MiB message on the wire, past the
  // client's own 4 MiB default, for the server to be the one refusing it.
  const options = { 'grpc.max_send_message_length': -1 };
  // grpc-js picks request compression per channel, so the compressed cases
  // get a channel of their own.
  const gzipOptions = { ...options, 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip };
  return {
    test: new proto.grpc.testing.TestService(address, credentials, options),
    gzipTest: new proto.grpc.testing.TestService(address, credentials, gzipOptions),
    health: new proto.grpc.health.v1.Health(address, credentials, options),
    reflectionV1: new proto.grpc.reflection.v1.ServerReflection(address, credentials, options),
    reflectionV1alpha: new proto.grpc.reflection.v1alpha.ServerReflection(address, credentials, options),
  };
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new CaseFailure(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runCase(name, clients) {
  try {
    // The guard sits a little past the call deadlines so a deadline surfaces
    // as the status it produced rather than as a bare timeout.
    await withTimeout(CASES[name](clients), CASE_TIMEOUT_MS + 2_000);
    return { case: name, ok: true };
  } catch (error) {
    const detail = error instanceof CaseFailure ? error.message : String(error?.stack ?? error);
    return { case: name, ok: false, error: detail };
  }
}

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      address: { type: 'string' },
      cases: { type: 'string' },
      ca: { type: 'string' },
    },
  });
  if (!values.address) {
    throw new Error('--address HOST:PORT is required');
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
  return { address: values.address, cases, caFile: values.ca };
}

async function main() {
  let commandLine;
  try {
    commandLine = parseCommandLine();
  } catch (error) {
    process.stderr.write(`usage: node client.js --address HOST:PORT [--cases a,b,...] [--ca ca.pem]\n${error.message}\n`);
    process.exit(2);
  }
  const clients = createClients(commandLine.address, commandLine.caFile);
  let allPassed = true;
  for (const name of commandLine.cases) {
    const result = await runCase(name, clients);
    allPassed &&= result.ok;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  for (const client of Object.values(clients)) {
    client.close();
  }
  // A case that timed out may have left a call behind; do not wait for it.
  process.exit(allPassed ? 0 : 1);
}

main();
