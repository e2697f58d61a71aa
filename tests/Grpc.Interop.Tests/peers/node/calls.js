'use strict';

// What every case uses: failing with a readable message, bearer-token metadata, deadlines, and
// calls wrapped so that a case can await their outcome (status, headers, messages).

const grpc = require('@grpc/grpc-js');

const { status: Status } = grpc;

// Every call has a deadline, so a server that stops answering fails the case instead of
// hanging the run.
const CALL_TIMEOUT_MS = 10_000;

class CaseFailure extends Error {}

function expect(condition, message) {
  if (!condition) {
    throw new CaseFailure(message);
  }
}

function statusName(code) {
  return Status[code] ?? String(code);
}

function describeStatus(status) {
  return `${statusName(status.code)} (${JSON.stringify(status.details)})`;
}

function expectStatus(status, code, what) {
  expect(status.code === code, `${what}: expected ${statusName(code)}, saw ${describeStatus(status)}`);
}

// JSON for error messages, with bytes shown by length rather than as arrays.
function describe(value) {
  return JSON.stringify(value, (_key, item) =>
    item?.type === 'Buffer' && Array.isArray(item.data) ? `<${item.data.length} bytes>` : item,
  );
}

function bearer(token) {
  const metadata = new grpc.Metadata();
  if (token) {
    metadata.set('authorization', `Bearer ${token}`);
  }
  return metadata;
}

function callOptions(timeoutMs = CALL_TIMEOUT_MS) {
  return { deadline: Date.now() + timeoutMs };
}

// A unary call; resolves once the final status is known, with the response (if any), the
// status and the trailers, so a case can check all three.
function unary(client, method, request, metadata, timeoutMs = CALL_TIMEOUT_MS) {
  return new Promise((resolve) => {
    let response;
    const call = client[method](request, metadata, callOptions(timeoutMs), (_error, value) => {
      response = value;
    });
    call.on('status', (status) => resolve({ response, status, trailers: status.metadata }));
  });
}

// A unary call that must succeed; gives its response.
async function unaryOk(client, method, request, metadata, what = method) {
  const { response, status } = await unary(client, method, request, metadata);
  expectStatus(status, Status.OK, what);
  return response;
}

// Wraps a call with a response stream: read() resolves to the next message, or null once the
// stream is over; `headers` settles when the server's headers arrive, `status` at the end.
function observeStream(call) {
  const buffered = [];
  const readers = [];
  let ended = false;
  const flush = () => {
    while (readers.length > 0 && (buffered.length > 0 || ended)) {
      readers.shift()(buffered.length > 0 ? buffered.shift() : null);
    }
  };
  call.on('data', (message) => {
    buffered.push(message);
    flush();
  });
  const finish = () => {
    ended = true;
    flush();
  };
  call.on('end', finish);
  // A status other than OK arrives as 'error'; `status` carries its details.
  call.on('error', finish);

  let resolveHeaders;
  const headers = new Promise((resolve) => {
    resolveHeaders = resolve;
  });
  call.on('metadata', resolveHeaders);
  const status = new Promise((resolve) => call.on('status', resolve));
  // A trailers-only response has no headers of its own: `headers` settles empty.
  status.then(() => resolveHeaders(null));

  const read = () =>
    new Promise((resolve) => {
      readers.push(resolve);
      flush();
    });
  return { call, read, headers, status };
}

// Waits for a stream's headers, failing with the status if the call ends first.
async function expectHeaders(stream, what) {
  const headers = await stream.headers;
  if (headers === null) {
    throw new CaseFailure(`${what}: the call ended before its headers, with ${describeStatus(await stream.status)}`);
  }
  return headers;
}

module.exports = {
  Status,
  CALL_TIMEOUT_MS,
  CaseFailure,
  expect,
  statusName,
  describeStatus,
  expectStatus,
  describe,
  bearer,
  callOptions,
  unary,
  unaryOk,
  observeStream,
  expectHeaders,
};
