'use strict';

// The interop cases against the running telehealth services. Each takes the peer (targets,
// callers, credentials) and throws a CaseFailure saying what it expected and what it saw.

const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const {
  Status,
  CaseFailure,
  expect,
  expectStatus,
  describe,
  describeStatus,
  bearer,
  callOptions,
  unary,
  unaryOk,
  observeStream,
  expectHeaders,
} = require('./calls');
const { openReflection, fileDescriptors, descriptorsFor, reflectedClientClass } = require('./reflection');
const { LOADER_OPTIONS } = require('./protos');

const AUDIT_SERVICE = 'telehealth.audit.v1.AuditTrail';
const HEALTH_SERVICE = 'grpc.health.v1.Health';
// Readiness is published every few seconds; the services were healthy over HTTP before the run.
const HEALTH_WAIT_MS = 30_000;
// From a prescription to the patient's notification: outbox, broker, inbox, then the stream.
const NOTIFICATION_WAIT_MS = 45_000;
// A cursor past anything the run creates: a stream after it stays quiet.
const QUIET_CURSOR = 2 ** 40;
const SHORT_DEADLINE_MS = 500;

const uuid = () => crypto.randomUUID();

async function healthServing({ targets }) {
  for (const target of targets) {
    const watch = observeStream(target.health.Watch({ service: '' }, callOptions(HEALTH_WAIT_MS)));
    const seen = [];
    for (let update = await watch.read(); update?.status !== 'SERVING'; update = await watch.read()) {
      if (update === null) {
        const status = await watch.status;
        throw new CaseFailure(
          `${target.name}: Watch ended with ${describeStatus(status)} before SERVING; saw ${describe(seen)}`,
        );
      }
      seen.push(update.status ?? 'UNKNOWN');
    }
    watch.call.cancel();

    const { response, status } = await unary(target.health, 'Check', { service: '' }, new grpc.Metadata());
    expectStatus(status, Status.OK, `${target.name}: Check("")`);
    expect(response?.status === 'SERVING', `${target.name}: expected Check("") SERVING, saw ${describe(response)}`);
    const unknown = await unary(target.health, 'Check', { service: 'no.such.Service' }, new grpc.Metadata());
    expectStatus(unknown.status, Status.NOT_FOUND, `${target.name}: Check("no.such.Service")`);
  }
}

async function unaryWithToken({ prescription, notification, callers: { therapist, patient } }) {
  const { templates } = await unaryOk(prescription.api, 'ListTemplates', {}, bearer(therapist.token));
  expect(templates?.length > 0, `expected ListTemplates to return templates, saw ${describe(templates)}`);
  expect(
    templates.every((t) => t.template_id && t.name),
    `expected every template to have an id and a name, saw ${describe(templates)}`,
  );

  const { exercises } = await unaryOk(prescription.api, 'SearchExercises', { text: '' }, bearer(therapist.token));
  expect(exercises?.length > 0, `expected SearchExercises to list the built-in exercises, saw ${describe(exercises)}`);

  const preferences = await unaryOk(notification.api, 'GetPreferences', {}, bearer(patient.token));
  expect(
    preferences.recipient_id === patient.id,
    `expected the caller's own preferences (${patient.id}), saw ${describe(preferences)}`,
  );
  expect(
    preferences.channels?.includes('IN_APP'),
    `expected IN_APP among the channels, saw ${describe(preferences.channels)}`,
  );
}

function refusedCredentials({ callers }) {
  const basic = new grpc.Metadata();
  basic.set('authorization', 'Basic dGhlcmFwaXN0OnNlY3JldA==');
  return [
    ['no authorization header', new grpc.Metadata()],
    ['a token signed by a key the services do not trust', bearer(callers.forgedToken)],
    ['an expired token', bearer(callers.expiredToken)],
    ['Basic credentials instead of a bearer token', basic],
  ];
}

async function unauthenticatedWithoutValidToken(peer) {
  const { prescription, notification } = peer;
  for (const [what, metadata] of refusedCredentials(peer)) {
    const templates = await unary(prescription.api, 'ListTemplates', {}, metadata);
    expectStatus(templates.status, Status.UNAUTHENTICATED, `ListTemplates with ${what}`);
    expect(templates.response === undefined, `ListTemplates with ${what} answered ${describe(templates.response)}`);
    const preferences = await unary(notification.api, 'GetPreferences', {}, metadata);
    expectStatus(preferences.status, Status.UNAUTHENTICATED, `GetPreferences with ${what}`);

    const subscription = observeStream(notification.api.Subscribe({ after_cursor: 0 }, metadata, callOptions()));
    const first = await subscription.read();
    expect(first === null, `Subscribe with ${what} sent ${describe(first)}`);
    expectStatus(await subscription.status, Status.UNAUTHENTICATED, `Subscribe with ${what}`);
  }
}

// The google.rpc.Status in grpc-status-details-bin, and the fields its BadRequest names.
function badRequestFields({ Status: RpcStatus, BadRequest }, outcome, what) {
  const details = outcome.trailers?.get('grpc-status-details-bin') ?? [];
  expect(
    details.length === 1 && Buffer.isBuffer(details[0]),
    `${what}: expected one grpc-status-details-bin trailer, saw ${details.length}`,
  );
  const status = RpcStatus.decode(details[0]);
  expect(status.code === Status.INVALID_ARGUMENT, `${what}: expected google.rpc.Status code 3, saw ${status.code}`);
  const [richMessage, grpcMessage] = [status.message, outcome.status.details].map((text) => JSON.stringify(text));
  expect(
    status.message === outcome.status.details,
    `${what}: expected the rich status message ${richMessage} to be the grpc-message ${grpcMessage}`,
  );
  const typeUrls = (status.details ?? []).map((any) => any.type_url);
  const badRequest = (status.details ?? []).find((any) => any.type_url === 'type.googleapis.com/google.rpc.BadRequest');
  expect(badRequest, `${what}: expected a google.rpc.BadRequest detail, saw ${describe(typeUrls)}`);
  return BadRequest.decode(badRequest.value).field_violations.map((violation) => violation.field);
}

function expectFieldViolations(errorModel, outcome, fields, what) {
  expectStatus(outcome.status, Status.INVALID_ARGUMENT, what);
  const named = badRequestFields(errorModel, outcome, what);
  for (const field of fields) {
    expect(named.includes(field), `${what}: expected a field violation for ${field}, saw ${describe(named)}`);
  }
}

async function invalidArgumentDetails({ prescription, notification, callers: { therapist, patient }, errorModel }) {
  const preferences = {
    request_id: uuid(),
    channels: ['EMAIL'],
    email: 'not an address',
    time_zone: 'Mars/Olympus_Mons',
  };
  const refusedPreferences = await unary(notification.api, 'SetPreferences', preferences, bearer(patient.token));
  expectFieldViolations(errorModel, refusedPreferences, ['email', 'time_zone'], 'SetPreferences');

  const programme = { request_id: uuid(), patient_id: 'not-a-uuid', template_id: uuid() };
  const refusedProgramme = await unary(prescription.api, 'PrescribeProgramme', programme, bearer(therapist.token));
  expectFieldViolations(errorModel, refusedProgramme, ['patient_id'], 'PrescribeProgramme');

  // Nothing was written: the patient still has the defaults.
  const stored = await unaryOk(notification.api, 'GetPreferences', {}, bearer(patient.token));
  expect(
    !stored.email && !stored.updated_at,
    `expected no stored preferences after the refusal, saw ${describe(stored)}`,
  );
}

async function gzipRequest({ notification, callers: { therapist } }) {
  // Long and repetitive, so gzip shrinks it and the request really goes compressed; the
  // therapist receives nothing in this run, so the address is never used.
  const webhookUrl = `https://hooks.example.org/telehealth/${'interop-'.repeat(150)}`;
  const request = {
    request_id: uuid(),
    channels: ['IN_APP', 'WEBHOOK'],
    webhook_url: webhookUrl,
    time_zone: 'Europe/London',
    quiet_hours: { start: '22:00', end: '07:00' },
  };
  const saved = await unaryOk(
    notification.gzipApi,
    'SetPreferences',
    request,
    bearer(therapist.token),
    'SetPreferences (gzip)',
  );
  expect(
    saved.webhook_url === webhookUrl,
    `expected the ${webhookUrl.length}-character URL back, saw ${describe(saved.webhook_url)}`,
  );

  const stored = await unaryOk(notification.api, 'GetPreferences', {}, bearer(therapist.token));
  expect(
    stored.webhook_url === webhookUrl && stored.time_zone === 'Europe/London' && stored.channels?.includes('WEBHOOK'),
    `expected the preferences sent compressed to be stored, saw ${describe(stored)}`,
  );
  expect(
    stored.quiet_hours?.start === '22:00' && stored.quiet_hours?.end === '07:00',
    `expected quiet hours 22:00-07:00, saw ${describe(stored.quiet_hours)}`,
  );
}

async function readUntil(stream, accept, what) {
  for (;;) {
    const message = await stream.read();
    if (message === null) {
      throw new CaseFailure(`${what}: the stream ended with ${describeStatus(await stream.status)}`);
    }
    if (accept(message)) {
      return message;
    }
  }
}

async function subscribeReceivesNotification({ prescription, notification, callers: { therapist, patient } }) {
  const subscription = observeStream(
    notification.api.Subscribe({ after_cursor: 0 }, bearer(patient.token), callOptions(NOTIFICATION_WAIT_MS)),
  );
  await expectHeaders(subscription, 'Subscribe');

  const { templates } = await unaryOk(prescription.api, 'ListTemplates', {}, bearer(therapist.token));
  const prescribe = {
    request_id: uuid(),
    patient_id: patient.id,
    template_id: templates[0].template_id,
    reason: 'interop',
  };
  const programme = await unaryOk(prescription.api, 'PrescribeProgramme', prescribe, bearer(therapist.token));
  expect(
    programme.patient_id === patient.id && programme.status === 'ACTIVE',
    `expected an active programme for ${patient.id}, saw ${describe(programme)}`,
  );

  const ready = await readUntil(subscription, (n) => n.kind === 'PROGRAMME_READY', 'waiting for PROGRAMME_READY');
  expect(
    ready.patient_id === patient.id,
    `expected the notification to be about ${patient.id}, saw ${describe(ready)}`,
  );
  expect(
    ready.cursor >= 1 && ready.notification_id && ready.title,
    `expected a cursor, an id and a title, saw ${describe(ready)}`,
  );

  subscription.call.cancel();
  expectStatus(await subscription.status, Status.CANCELLED, 'Subscribe after cancel()');
}

async function cancelSubscription({ notification, callers: { patient } }) {
  const subscription = observeStream(
    notification.api.Subscribe({ after_cursor: QUIET_CURSOR }, bearer(patient.token), callOptions()),
  );
  await expectHeaders(subscription, 'Subscribe');
  subscription.call.cancel();
  expectStatus(await subscription.status, Status.CANCELLED, 'Subscribe after cancel()');
  const after = await subscription.read();
  expect(after === null, `expected nothing after cancelling, saw ${describe(after)}`);
  // The cancellation stays on that call: the connection goes on serving.
  await unaryOk(notification.api, 'GetPreferences', {}, bearer(patient.token), 'GetPreferences after the cancellation');
}

async function deadlineExceeded({ notification, callers: { patient } }) {
  const started = Date.now();
  const subscription = observeStream(
    notification.api.Subscribe({ after_cursor: QUIET_CURSOR }, bearer(patient.token), {
      deadline: started + SHORT_DEADLINE_MS,
    }),
  );
  const first = await subscription.read();
  const status = await subscription.status;
  const elapsed = Date.now() - started;
  expectStatus(status, Status.DEADLINE_EXCEEDED, `Subscribe with a ${SHORT_DEADLINE_MS} ms deadline`);
  expect(first === null, `expected no notification after cursor ${QUIET_CURSOR}, saw ${describe(first)}`);
  // A little slack for timer granularity: ending much earlier would be some other failure.
  expect(
    elapsed >= SHORT_DEADLINE_MS - 50,
    `expected the call to last until its deadline, it ended after ${elapsed} ms`,
  );
}

async function reflectionOn(peer, reflectionOf) {
  for (const target of peer.targets) {
    const reflection = openReflection(reflectionOf(target));
    const listed = await reflection.ask({ list_services: '' });
    const names = (listed.list_services_response?.service ?? []).map((service) => service.name);
    for (const name of [target.service, AUDIT_SERVICE, HEALTH_SERVICE]) {
      expect(names.includes(name), `${target.name}: expected list_services to include ${name}, saw ${describe(names)}`);
    }

    const [{ file }] = fileDescriptors(
      await reflection.ask({ file_containing_symbol: target.service }),
      target.service,
    );
    const serviceName = target.service.split('.').pop();
    const declared = file.service?.find((service) => service.name === serviceName);
    expect(
      file.package === target.package && declared,
      `${target.name}: expected ${file.name} to declare ${target.service}`,
    );
    const reflected = declared.method.map((method) => method.name).sort();
    const contract = Object.keys(target.api.constructor.service).sort();
    expect(
      describe(reflected) === describe(contract),
      `${target.name}: expected the methods ${describe(contract)}, reflection lists ${describe(reflected)}`,
    );

    const unknown = await reflection.ask({ file_containing_symbol: 'no.such.Symbol' });
    expect(
      unknown.error_response?.error_code === Status.NOT_FOUND,
      `${target.name}: expected error_response NOT_FOUND for no.such.Symbol, saw ${describe(unknown)}`,
    );
    expectStatus(await reflection.close(), Status.OK, `${target.name}: ServerReflectionInfo`);
  }
}

const reflectionV1 = (peer) => reflectionOn(peer, (target) => target.reflectionV1);
const reflectionV1alpha = (peer) => reflectionOn(peer, (target) => target.reflectionV1alpha);

async function reflectedClient(peer, target) {
  const reflection = openReflection(target.reflectionV1);
  const files = await descriptorsFor(reflection.ask, target.service);
  expectStatus(await reflection.close(), Status.OK, `${target.name}: ServerReflectionInfo`);
  const Client = reflectedClientClass(files, target.service, { ...LOADER_OPTIONS, includeDirs: [] });
  return new Client(target.address, peer.credentials);
}

async function callFromReflection(peer) {
  const {
    prescription,
    notification,
    callers: { therapist, patient },
  } = peer;
  const exercisesClient = await reflectedClient(peer, prescription);
  try {
    const { exercises } = await unaryOk(
      exercisesClient,
      'SearchExercises',
      { category: 'GLUTE_ACTIVATION' },
      bearer(therapist.token),
    );
    expect(exercises?.length > 0, 'expected SearchExercises (built from reflection) to find glute exercises, saw none');
    const categories = [...new Set(exercises.map((exercise) => exercise.category))];
    expect(
      describe(categories) === describe(['GLUTE_ACTIVATION']),
      `expected only GLUTE_ACTIVATION exercises, saw ${describe(categories)}`,
    );
  } finally {
    exercisesClient.close();
  }
  const preferencesClient = await reflectedClient(peer, notification);
  try {
    const preferences = await unaryOk(preferencesClient, 'GetPreferences', {}, bearer(patient.token));
    expect(
      preferences.recipient_id === patient.id,
      `expected GetPreferences (built from reflection) for ${patient.id}, saw ${describe(preferences)}`,
    );
  } finally {
    preferencesClient.close();
  }
}

const CASES = {
  health_serving: healthServing,
  unary_with_token: unaryWithToken,
  unauthenticated_without_valid_token: unauthenticatedWithoutValidToken,
  invalid_argument_details: invalidArgumentDetails,
  gzip_request: gzipRequest,
  subscribe_receives_notification: subscribeReceivesNotification,
  cancel_subscription: cancelSubscription,
  deadline_exceeded: deadlineExceeded,
  reflection_v1: reflectionV1,
  reflection_v1alpha: reflectionV1alpha,
  call_from_reflection: callFromReflection,
};

module.exports = { CASES };
