'use strict';

// Failures as one line on stderr and an exit code, the same codes as the telehealth command line.

const { status: Status } = require('@grpc/grpc-js');

const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  denied: 3,
  notFound: 4,
  invalidInput: 5,
  unavailable: 6,
  conflict: 7,
  interrupted: 130,
};

/** Bad or missing options: exit 2. */
class UsageError extends Error {}

/** A gRPC call that failed for good (after any retries). */
class CallError extends Error {
  constructor(service, method, error, violations) {
    super(error.details || error.message);
    this.service = service;
    // The RPC's name as the .proto file spells it (grpc-js also offers it in lowerCamelCase).
    this.method = method.charAt(0).toUpperCase() + method.slice(1);
    this.code = error.code;
    this.statusName = Status[error.code] ?? String(error.code);
    this.details = error.details ?? '';
    this.violations = violations;
  }
}

function exitCodeFor(code) {
  switch (code) {
    case Status.OK:
      return EXIT.ok;
    case Status.UNAUTHENTICATED:
    case Status.PERMISSION_DENIED:
      return EXIT.denied;
    case Status.NOT_FOUND:
      return EXIT.notFound;
    case Status.INVALID_ARGUMENT:
    case Status.OUT_OF_RANGE:
      return EXIT.invalidInput;
    case Status.UNAVAILABLE:
    case Status.DEADLINE_EXCEEDED:
    case Status.RESOURCE_EXHAUSTED:
      return EXIT.unavailable;
    case Status.ABORTED:
    case Status.ALREADY_EXISTS:
    case Status.FAILED_PRECONDITION:
      return EXIT.conflict;
    case Status.CANCELLED:
      return EXIT.interrupted;
    default:
      return EXIT.unexpected;
  }
}

/** The line printed on stderr, e.g. "error: progress SubmitSessionReport: INVALID_ARGUMENT (3): … [pain_after: …]". */
function describe(error) {
  if (error instanceof UsageError) {
    return `usage: ${error.message} (see --help)`;
  }
  if (error instanceof CallError) {
    // The services' message usually names the fields already; any it leaves out follow, one a line.
    const unsaid = error.violations.filter((v) => !error.details.includes(`${v.field}: ${v.description}`));
    const fields = unsaid.map((v) => `\n  ${v.field}: ${v.description}`).join('');
    return `error: ${error.service} ${error.method}: ${error.statusName} (${error.code}): ${error.details}${fields}`;
  }
  return `error: ${error?.stack ?? error}`;
}

function exitCodeOf(error) {
  if (error instanceof UsageError) {
    return EXIT.usage;
  }
  if (error instanceof CallError) {
    return exitCodeFor(error.code);
  }
  return EXIT.unexpected;
}

module.exports = { EXIT, UsageError, CallError, exitCodeFor, exitCodeOf, describe };
