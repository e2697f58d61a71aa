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

async function unaryWithToken({ prescription, scheduling, progress, notification, callers: { therapist, patient } }) {
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

  const schedule = await unaryOk(scheduling.api, 'GetPreferences', { patient_id: patient.id }, bearer(patient.token));
  expect(
    schedule.patient_id === patient.id && schedule.is_default === true && schedule.time_zone,
    `expected the caller's own default schedule preferences (${patient.id}), saw ${describe(schedule)}`,
  );

  // Health data: counts only in the messages.
  const summary = await unaryOk(progress.api, 'GetPatientSummary', { patient_id: patient.id }, bearer(patient.token));
  expect(
    summary.patient_id === patient.id,
    `expected the caller's own summary (${patient.id}), saw the summary of ${describe(summary.patient_id)}`,
  );
  const painPoints = summary.pain?.length ?? 0;
  expect(
    painPoints === 0 && !summary.monitoring_days_30,
    `expected an empty summary for a patient who reported nothing, saw ${painPoints} pain points and ` +
      `${summary.monitoring_days_30 ?? 0} monitoring days`,
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
  const { prescription, scheduling, progress, notification, callers } = peer;
  for (const [what, metadata] of refusedCredentials(peer)) {
    const templates = await unary(prescription.api, 'ListTemplates', {}, metadata);
    expectStatus(templates.status, Status.UNAUTHENTICATED, `ListTemplates with ${what}`);
    expect(templates.response === undefined, `ListTemplates with ${what} answered ${describe(templates.response)}`);
    const today = await unary(scheduling.api, 'GetToday', { patient_id: callers.patient.id }, metadata);
    expectStatus(today.status, Status.UNAUTHENTICATED, `GetToday with ${what}`);
    expect(today.response === undefined, `GetToday with ${what} answered ${describe(today.response)}`);
    const triage = await unary(progress.api, 'GetTriage', {}, metadata);
    expectStatus(triage.status, Status.UNAUTHENTICATED, `GetTriage with ${what}`);
    expect(
      triage.response === undefined,
      `GetTriage with ${what} answered, with ${triage.response?.patients?.length ?? 0} entries`,
    );
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

// A session report, well formed but for pain_after: 11 on the 0-10 scale.
function reportWithPainOutOfScale(patient) {
  return {
    report_id: uuid(),
    patient_id: patient.id,
    programme_id: uuid(),
    programme_version: 1,
    performed_at: { seconds: Math.floor(Date.now() / 1000), nanos: 0 },
    pain_before: 3,
    pain_after: 11,
    exercises: [{ item_id: uuid(), sets: [{ reps: 10 }] }],
  };
}

async function invalidArgumentDetails(peer) {
  const {
    prescription,
    scheduling,
    progress,
    notification,
    callers: { therapist, patient },
    errorModel,
  } = peer;
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

  const schedule = {
    request_id: uuid(),
    patient_id: patient.id,
    time_zone: 'Mars/Olympus_Mons',
    exercise_times: [{ day: 'MONDAY', start_time: '25:00' }],
  };
  const refusedSchedule = await unary(scheduling.api, 'SetPreferences', schedule, bearer(patient.token));
  expectFieldViolations(
    errorModel,
    refusedSchedule,
    ['time_zone', 'exercise_times[0].start_time'],
    'SetPreferences (scheduling)',
  );

  const report = reportWithPainOutOfScale(patient);
  const refusedReport = await unary(progress.api, 'SubmitSessionReport', report, bearer(patient.token));
  expectFieldViolations(errorModel, refusedReport, ['pain_after'], 'SubmitSessionReport');

  // Nothing was written: the patient still has the defaults, and no reports.
  const stored = await unaryOk(notification.api, 'GetPreferences', {}, bearer(patient.token));
  expect(
    !stored.email && !stored.updated_at,
    `expected no stored preferences after the refusal, saw ${describe(stored)}`,
  );
  const storedSchedule = await unaryOk(
    scheduling.api,
    'GetPreferences',
    { patient_id: patient.id },
    bearer(patient.token),
    'GetPreferences (scheduling)',
  );
  expect(
    storedSchedule.is_default === true && !storedSchedule.updated_at,
    `expected the default schedule preferences after the refusal, saw ${describe(storedSchedule)}`,
  );
  const { reports = [] } = await unaryOk(
    progress.api,
    'ListSessionReports',
    { patient_id: patient.id },
    bearer(patient.token),
  );
  expect(reports.length === 0, `expected no session reports after the refusal, saw ${reports.length}`);
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

// Calls one method on a client built from the target's reflected descriptors, then closes it.
async function callReflected(peer, target, method, request, token) {
  const client = await reflectedClient(peer, target);
  try {
    return await unaryOk(client, method, request, bearer(token), `${method} (built from reflection)`);
  } finally {
    client.close();
  }
}

async function callFromReflection(peer) {
  const {
    prescription,
    scheduling,
    progress,
    notification,
    callers: { therapist, patient },
  } = peer;
  const { exercises } = await callReflected(
    peer,
    prescription,
    'SearchExercises',
    { category: 'GLUTE_ACTIVATION' },
    therapist.token,
  );
  expect(exercises?.length > 0, 'expected SearchExercises (built from reflection) to find glute exercises, saw none');
  const categories = [...new Set(exercises.map((exercise) => exercise.category))];
  expect(
    describe(categories) === describe(['GLUTE_ACTIVATION']),
    `expected only GLUTE_ACTIVATION exercises, saw ${describe(categories)}`,
  );

  const preferences = await callReflected(peer, notification, 'GetPreferences', {}, patient.token);
  expect(
    preferences.recipient_id === patient.id,
    `expected GetPreferences (built from reflection) for ${patient.id}, saw ${describe(preferences)}`,
  );

  const today = await callReflected(peer, scheduling, 'GetToday', { patient_id: patient.id }, patient.token);
  const { patient_id: scheduleOf, time_zone: zone, from_date: from, to_date: to } = today;
  const day = { patient_id: scheduleOf, time_zone: zone, from_date: from, to_date: to };
  expect(
    scheduleOf === patient.id && zone && from && from === to,
    `expected GetToday (built from reflection) to give one day of ${patient.id}'s schedule, saw ${describe(day)}`,
  );

  // The run's therapist prescribes for the run's patient alone: nobody else can be in their caseload.
  const { patients = [] } = await callReflected(peer, progress, 'GetTriage', {}, therapist.token);
  const listed = patients.map((entry) => entry.patient_id);
  expect(
    listed.every((id) => id === patient.id),
    `expected GetTriage (built from reflection) to list at most ${patient.id}, saw ${describe(listed)}`,
  );
  const unranked = patients.filter((entry) => !entry.level || entry.level === 'TRIAGE_LEVEL_UNSPECIFIED').length;
  expect(unranked === 0, `expected every triage entry to have a level, saw ${unranked} of ${patients.length} without`);
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
