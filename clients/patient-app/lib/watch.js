'use strict';

// Stays subscribed to the patient's notifications: prints each one as a JSON line as it arrives,
// remembers the last cursor, and when the connection is lost (UNAVAILABLE, or the server ending
// the stream) subscribes again after that cursor, so nothing is lost and nothing repeated.

const fs = require('node:fs');
const { status: Status } = require('@grpc/grpc-js');
const { CallError } = require('./errors');
const { printLine } = require('./json');
const { violationsOf } = require('./api');

const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5000;

/**
 * Runs until stopped (the returned stop()) or a failure that reconnecting cannot mend.
 * onStatus(line) receives one line about each reconnection, for stderr.
 */
function watch(api, { afterCursor, cursorFile, onStatus }) {
  let cursor = afterCursor;
  let current = null;
  let stopped = false;
  let wake = null;

  const done = (async () => {
    let backoff = FIRST_BACKOFF_MS;
    while (!stopped) {
      const outcome = await subscribeOnce();
      if (stopped) {
        return;
      }
      if (outcome.received) {
        backoff = FIRST_BACKOFF_MS;
      }
      if (outcome.error && typeof outcome.error.code !== 'number') {
        // Not a gRPC status: stdout is gone (EPIPE) or the cursor file cannot be written.
        throw outcome.error;
      }
      if (outcome.error && outcome.error.code !== Status.UNAVAILABLE) {
        throw new CallError('notification', 'Subscribe', outcome.error, violationsOf(outcome.error));
      }
      const why = outcome.error ? `UNAVAILABLE: ${outcome.error.details}` : 'the server ended the stream';
      onStatus(`watch: ${why}; subscribing again after cursor ${cursor} in ${backoff} ms`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, backoff);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  })();

  function subscribeOnce() {
    return new Promise((resolve) => {
      let received = false; // headers or a notification came: the connection worked
      let settled = false;
      // Lines are written in order: each waits for the one before it.
      let writing = Promise.resolve();
      const settle = (outcome) => {
        if (!settled) {
          settled = true;
          writing.then(() => resolve({ received, ...outcome }), (error) => resolve({ received, error }));
        }
      };
      const call = api.stream('notification', 'subscribe', { afterCursor: String(cursor) });
      current = call;
      // Headers mean the subscription is up again: the next loss starts over from the shortest wait.
      call.on('metadata', () => {
        received = true;
      });
      call.on('data', (notification) => {
        received = true;
        const at = Number(notification.cursor);
        if (at <= cursor) {
          return;
        }
        cursor = at;
        writing = writing.then(async () => {
          await printLine(notification);
          if (cursorFile) {
            fs.writeFileSync(cursorFile, `${at}\n`);
          }
        });
      });
      call.on('error', (error) => settle({ error }));
      call.on('end', () => settle({}));
    });
  }

  function stop() {
    stopped = true;
    current?.cancel();
    wake?.();
  }

  return { done, stop, cursor: () => cursor };
}

/** The cursor to resume after: --after, else the one --cursor-file kept, else 0 (the whole inbox). */
function startingCursor(after, cursorFile) {
  if (after !== undefined) {
    return after;
  }
  if (cursorFile && fs.existsSync(cursorFile)) {
    const kept = Number(fs.readFileSync(cursorFile, 'utf8').trim());
    if (Number.isInteger(kept) && kept >= 0) {
      return kept;
    }
  }
  return 0;
}

module.exports = { watch, startingCursor };
