#!/usr/bin/env node
'use strict';

// A patient's app at the command line: what a phone app does, over the public .proto files alone.
// Run "node app.js --help" for the commands; README.md beside this file says more.

const crypto = require('node:crypto');
const { parseArgs } = require('node:util');
const { Api } = require('./lib/api');
const { CONNECTION_OPTIONS, UUID, resolveConfig } = require('./lib/config');
const { EXIT, UsageError, describe, exitCodeOf } = require('./lib/errors');
const { printLine, timestamp, dateOf } = require('./lib/json');
const { redFlagAnswers, exerciseResults } = require('./lib/report');
const { watch, startingCursor } = require('./lib/watch');

const USAGE = `Usage: node app.js <command> [options]

Commands (each prints the service's answer as one proto3 JSON line on stdout):
  today                         today's sessions and appointments (SchedulingService/GetToday)
  upcoming [--days <n>]         planned sessions from now on, 7 days by default (GetPatientPlan)
  programme                     the current version of the programme (PrescriptionService/GetActiveProgramme)
  report --pain-before <0-10> --pain-after <0-10>
         (--all-done | --exercise "<exercise>:<results>"…) [--effort <0-10>] [--pain-during <0-10>]
         (--no-red-flags | --red-flag <sign>…) [--notes <text>] [--performed-at <time>]
         [--session <id>|none] [--report-id <uuid>]
                                reports a session (ProgressService/SubmitSessionReport)
  pain-check --pain <0-10> --usual <0-10> --report <id> [--check-id <uuid>]
                                the next morning's pain (SubmitNextDayPainCheck)
  preferences                   when the patient likes to exercise (SchedulingService/GetPreferences)
  set-preferences [--time-zone <iana>] [--exercise-time <day>=<HH:MM[:SS]>…]
         [--work-hours <day>=<HH:MM>-<HH:MM>…] [--quiet-hours <HH:MM>-<HH:MM>] [--request-id <id>]
                                replaces them and re-plans the sessions (SetPreferences)
  inbox [--unread] [--limit <n>]
                                notifications, newest first (NotificationService/ListNotifications)
  read <notification-id>        marks a notification read (MarkRead)
  watch [--after <cursor>] [--cursor-file <file>]
                                stays subscribed and prints each notification as it arrives;
                                resubscribes after the last cursor when the connection is lost

Connection (option, else environment, else apphost.json of a running AppHost):
  --apphost <file>              TELEHEALTH_APPHOST; or --state-dir <dir> / TELEHEALTH_STATE_DIR
                                (default: the repository's .state/apphost.json)
  --<service>-url <url>         TELEHEALTH_<SERVICE>_URL, e.g. --progress-url http://127.0.0.1:5201
  --token <jwt>                 TELEHEALTH_TOKEN (required)
  --patient <uuid>              TELEHEALTH_PATIENT_ID (default: the token's subject)
  --ca <pem>                    TELEHEALTH_CA: trust only this authority for https:// addresses
  --timeout <seconds>           per step, retries included (default 15)

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 unauthenticated or denied, 4 not found,
5 invalid input, 6 unavailable, 7 conflict, 130 interrupted.`;

const COMMANDS = {
  today: { options: {}, run: today },
  upcoming: { options: { days: { type: 'string' } }, run: upcoming },
  programme: { options: {}, run: programme },
  report: {
    options: {
      'pain-before': { type: 'string' },
      'pain-after': { type: 'string' },
      'all-done': { type: 'boolean' },
      exercise: { type: 'string', multiple: true },
      effort: { type: 'string' },
      'pain-during': { type: 'string' },
      'no-red-flags': { type: 'boolean' },
      'red-flag': { type: 'string', multiple: true },
      notes: { type: 'string' },
      'performed-at': { type: 'string' },
      session: { type: 'string' },
      'report-id': { type: 'string' },
    },
    run: report,
  },
  'pain-check': {
    options: { pain: { type: 'string' }, usual: { type: 'string' }, report: { type: 'string' }, 'check-id': { type: 'string' } },
    run: painCheck,
  },
  preferences: { options: {}, run: preferences },
  'set-preferences': {
    options: {
      'time-zone': { type: 'string' },
      'exercise-time': { type: 'string', multiple: true },
      'work-hours': { type: 'string', multiple: true },
      'quiet-hours': { type: 'string' },
      'request-id': { type: 'string' },
    },
    run: setPreferences,
  },
  inbox: { options: { unread: { type: 'boolean' }, limit: { type: 'string' } }, run: inbox },
  read: { options: {}, positionals: 1, run: markRead },
  watch: { options: { after: { type: 'string' }, 'cursor-file': { type: 'string' } }, run: watchCommand },
};

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

async function main(argv) {
  const [name, ...rest] = commandFirst(argv);
  if (!name) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    throw new UsageError(`unknown command ${JSON.stringify(name)}; one of: ${Object.keys(COMMANDS).join(', ')}`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...CONNECTION_OPTIONS, ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: Boolean(command.positionals),
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${name}: ${error.message}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if ((command.positionals ?? 0) !== parsed.positionals.length) {
    throw new UsageError(`${name} takes ${command.positionals ?? 0} argument(s)`);
  }
  const config = resolveConfig(parsed.values);
  const api = new Api(config);
  try {
    return (await command.run(api, parsed.values, parsed.positionals, config)) ?? EXIT.ok;
  } finally {
    api.close();
  }
}

async function today(api, _values, _positionals, config) {
  await printLine(await api.call('scheduling', 'getToday', { patientId: config.patientId }));
}

async function upcoming(api, values, _positionals, config) {
  const days = integer(values.days ?? '7', '--days', 1, 90);
  const now = new Date();
  await printLine(
    await api.call('scheduling', 'getPatientPlan', {
      patientId: config.patientId,
      from: timestamp(now),
      to: timestamp(new Date(now.getTime() + days * 86_400_000)),
    }),
  );
}

async function programme(api, _values, _positionals, config) {
  await printLine(await api.call('prescription', 'getActiveProgramme', { patientId: config.patientId }));
}

async function report(api, values, _positionals, config) {
  const painBefore = integer(values['pain-before'], '--pain-before', 0, 10);
  const painAfter = integer(values['pain-after'], '--pain-after', 0, 10);
  const effort = values.effort === undefined ? undefined : integer(values.effort, '--effort', 0, 10);
  const painDuring = values['pain-during'] === undefined ? undefined : integer(values['pain-during'], '--pain-during', 0, 10);
  const redFlags = redFlagAnswers(values['red-flag'] ?? [], values['no-red-flags']);
  const performedAt = parseTime(values['performed-at'] ?? 'now', '--performed-at');
  // Chosen here once: every retry of this report carries the same id and gets the first answer.
  const reportId = requestId(values['report-id'], '--report-id');

  const current = await api.call('prescription', 'getActiveProgramme', { patientId: config.patientId });
  const exercises = exerciseResults(current, values.exercise ?? [], { allDone: values['all-done'], effort, painDuring });
  const plannedSessionId = await sessionFor(api, config, current, values.session, performedAt);

  await printLine(
    await api.call('progress', 'submitSessionReport', {
      reportId,
      patientId: config.patientId,
      programmeId: current.programmeId,
      programmeVersion: current.version,
      plannedSessionId,
      performedAt: timestamp(performedAt),
      painBefore,
      painAfter,
      exercises,
      redFlags,
      notes: values.notes ?? '',
    }),
  );
}

/** The planned session the report belongs to: --session, else today's session of this programme whose window holds the time. */
async function sessionFor(api, config, current, session, performedAt) {
  if (session === 'none') {
    return '';
  }
  if (session !== undefined) {
    if (!UUID.test(session)) {
      throw new UsageError(`--session must be a session id (a UUID) or "none", not ${JSON.stringify(session)}`);
    }
    return session.toLowerCase();
  }
  const schedule = await api.call('scheduling', 'getToday', { patientId: config.patientId });
  const match = schedule.sessions.find(
    (s) =>
      s.programmeId === current.programmeId &&
      s.status === 'SESSION_STATUS_PLANNED' &&
      dateOf(s.windowStart) <= performedAt &&
      performedAt <= dateOf(s.windowEnd),
  );
  return match?.sessionId ?? '';
}

async function painCheck(api, values, _positionals, config) {
  if (!values.report || !UUID.test(values.report)) {
    throw new UsageError('--report must be the id of the report the check follows');
  }
  await printLine(
    await api.call('progress', 'submitNextDayPainCheck', {
      checkId: requestId(values['check-id'], '--check-id'),
      patientId: config.patientId,
      reportId: values.report.toLowerCase(),
      pain: integer(values.pain, '--pain', 0, 10),
      usualPain: integer(values.usual, '--usual', 0, 10),
      checkedAt: timestamp(new Date()),
    }),
  );
}

async function preferences(api, _values, _positionals, config) {
  await printLine(await api.call('scheduling', 'getPreferences', { patientId: config.patientId }));
}

async function setPreferences(api, values, _positionals, config) {
  const exerciseTimes = (values['exercise-time'] ?? []).map((text) => {
    const [day, time] = splitOnce(text, '=', '--exercise-time', '<day>=<HH:MM[:SS]>');
    return { day: weekday(day), startTime: time };
  });
  const workHours = (values['work-hours'] ?? []).map((text) => {
    const [day, hours] = splitOnce(text, '=', '--work-hours', '<day>=<HH:MM>-<HH:MM>');
    const [startTime, endTime] = splitOnce(hours, '-', '--work-hours', '<day>=<HH:MM>-<HH:MM>');
    return { day: weekday(day), startTime, endTime };
  });
  let quietHours = null;
  if (values['quiet-hours'] !== undefined) {
    const [startTime, endTime] = splitOnce(values['quiet-hours'], '-', '--quiet-hours', '<HH:MM>-<HH:MM>');
    quietHours = { startTime, endTime };
  }
  await printLine(
    await api.call('scheduling', 'setPreferences', {
      requestId: requestId(values['request-id'], '--request-id'),
      patientId: config.patientId,
      timeZone: values['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
      exerciseTimes,
      workHours,
      quietHours,
    }),
  );
}

async function inbox(api, values) {
  await printLine(
    await api.call('notification', 'listNotifications', {
      pageSize: values.limit === undefined ? 0 : integer(values.limit, '--limit', 1, 200),
      beforeCursor: '0',
      unreadOnly: Boolean(values.unread),
    }),
  );
}

async function markRead(api, _values, [notificationId]) {
  await printLine(await api.call('notification', 'markRead', { notificationId }));
}

async function watchCommand(api, values) {
  const after = values.after === undefined ? undefined : integer(values.after, '--after', 0, Number.MAX_SAFE_INTEGER);
  const cursorFile = values['cursor-file'];
  const subscription = watch(api, {
    afterCursor: startingCursor(after, cursorFile),
    cursorFile,
    onStatus: (line) => process.stderr.write(`${line}\n`),
  });
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    subscription.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // A subscription nobody reads any more ends with whoever started it (a shell, a test run).
  const parent = process.ppid;
  const orphaned = setInterval(() => process.ppid !== parent && stop(), 1000);
  orphaned.unref();
  await subscription.done;
  clearInterval(orphaned);
  return interrupted ? EXIT.interrupted : EXIT.ok;
}

/** Connection options may come before the command: "--token … today" is "today --token …". */
function commandFirst(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      return [arg, ...argv.slice(0, i), ...argv.slice(i + 1)];
    }
    if (arg === '--help' || arg === '-h') {
      return argv;
    }
    if (!arg.includes('=') && CONNECTION_OPTIONS[arg.slice(2)]?.type === 'string') {
      i++;
    }
  }
  return argv;
}

function integer(text, option, min, max) {
  if (text === undefined) {
    throw new UsageError(`${option} is required`);
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  }
  return value;
}

function requestId(given, option) {
  if (given === undefined) {
    return crypto.randomUUID();
  }
  if (!given.trim() || given.length > 100) {
    throw new UsageError(`${option} must be 1 to 100 characters`);
  }
  return given;
}

/** "now", an ISO 8601 time, or a time ago: "90m-ago", "3h-ago", "2d-ago" (or "=-2d"). */
function parseTime(text, option) {
  if (text === 'now') {
    return new Date();
  }
  const ago = /^(\d+)([smhd])[-\s]ago$/.exec(text) ?? /^-(\d+)([smhd])$/.exec(text);
  if (ago) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[ago[2]];
    return new Date(Date.now() - Number(ago[1]) * unit);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new UsageError(`${option} must be "now", an ISO 8601 time such as 2026-03-01T18:30:00Z, or a time ago such as 2d-ago or 90m-ago`);
  }
  return date;
}

function weekday(text) {
  const upper = text.trim().toUpperCase();
  const day = WEEKDAYS.find((d) => d === upper || d.slice(0, 3) === upper);
  if (!day) {
    throw new UsageError(`${JSON.stringify(text)} is not a day of the week (mon … sun)`);
  }
  return day;
}

function splitOnce(text, separator, option, shape) {
  const at = text.indexOf(separator);
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(`${option} ${JSON.stringify(text)} must look like ${shape}`);
  }
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

// Everything printed has been handed to the OS by now; exit at once rather than wait for the
// gRPC library's reconnection timers to run down.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => process.stderr.write(`${describe(error)}\n`, () => process.exit(exitCodeOf(error))),
);
