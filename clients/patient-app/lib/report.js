'use strict';

// A session report as the app's "done" screen would fill it: every exercise of the programme
// done as prescribed, or as the patient says, or skipped and why; pain before and after; and an
// answer to every red-flag question.

const { UsageError } = require('./errors');

const RED_FLAGS = [
  'NEW_SADDLE_NUMBNESS',
  'NEW_BLADDER_OR_BOWEL_CONTROL_DIFFICULTY',
  'PROGRESSIVE_LEG_WEAKNESS',
  'PAIN_IN_BOTH_LEGS',
  'FEVER',
  'UNEXPLAINED_WEIGHT_LOSS',
  'NIGHT_PAIN_WITH_HISTORY_OF_CANCER',
];

const SKIP_REASONS = ['PAIN', 'NO_TIME', 'NO_EQUIPMENT', 'FELT_UNWELL', 'OTHER'];

/** "new-saddle-numbness", "NEW_SADDLE_NUMBNESS", "saddle" → the enum name. */
function redFlagNamed(text) {
  const wanted = enumName(text);
  const exact = RED_FLAGS.find((flag) => flag === wanted);
  if (exact) {
    return exact;
  }
  const partial = RED_FLAGS.filter((flag) => flag.includes(wanted));
  if (partial.length !== 1) {
    throw new UsageError(`--red-flag ${JSON.stringify(text)} names ${partial.length === 0 ? 'no' : 'more than one'} red flag; one of: ${RED_FLAGS.map(kebab).join(', ')}`);
  }
  return partial[0];
}

/** Answers to every red-flag question: the ones named present, the others absent. */
function redFlagAnswers(named, noneOption) {
  if (named.length === 0 && !noneOption) {
    throw new UsageError('every red-flag question needs an answer: pass --no-red-flags, or --red-flag <sign> for each one present');
  }
  if (named.length > 0 && noneOption) {
    throw new UsageError('--no-red-flags and --red-flag contradict each other');
  }
  const present = new Set(named.map(redFlagNamed));
  return RED_FLAGS.map((flag) => ({ flag, present: present.has(flag) }));
}

/**
 * The exercises of the report. Specs ("<item>:<results>") say what was done of the items they
 * name; with allDone the rest count as done as prescribed; without it they are left out.
 */
function exerciseResults(programme, specs, { allDone, effort, painDuring }) {
  const items = programme.items.filter((item) => item.category !== 'POSTURE');
  const byItem = new Map();
  for (const spec of specs) {
    const { item, result } = parseExerciseSpec(spec, items);
    if (byItem.has(item.itemId)) {
      throw new UsageError(`--exercise names ${item.exerciseName} twice`);
    }
    byItem.set(item.itemId, result);
  }
  const results = [];
  for (const item of items) {
    const given = byItem.get(item.itemId);
    if (given) {
      results.push({ itemId: item.itemId, ...withDefaults(given, effort, painDuring) });
    } else if (allDone) {
      results.push({ itemId: item.itemId, sets: asPrescribed(item.dosage), ...withDefaults({}, effort, painDuring) });
    }
  }
  if (results.length === 0) {
    throw new UsageError('say what was done: --all-done, or --exercise "<exercise>:<results>" for each exercise');
  }
  return results;
}

function withDefaults(result, effort, painDuring) {
  if (result.skippedBecause) {
    return result;
  }
  return {
    ...result,
    ...(result.rpe === undefined && effort !== undefined ? { rpe: effort } : {}),
    ...(result.painDuring === undefined && painDuring !== undefined ? { painDuring } : {}),
  };
}

/** Every prescribed set at the top of its target: the top of the rep range, the hold, the load, the minutes. */
function asPrescribed(dosage) {
  const count = dosage.sets ?? dosage.holdsPerSide ?? 1;
  const set = {};
  if (dosage.repsMax !== undefined || dosage.repsMin !== undefined) {
    set.reps = dosage.repsMax ?? dosage.repsMin;
  }
  if (dosage.holdSeconds !== undefined) {
    set.holdSeconds = dosage.holdSeconds;
  }
  if (dosage.loadKg !== undefined) {
    set.loadKg = dosage.loadKg;
  }
  if (dosage.minutes !== undefined) {
    set.minutes = dosage.minutes;
  }
  return Array.from({ length: count }, () => ({ ...set }));
}

/**
 * "<item>:<key>=<value>,…": the item by its id, its position in the programme (1, 2, …) or a part of
 * its exercise name; keys: reps (12 or 12/12/10, one per set), sets, load, hold, minutes, rpe,
 * pain (during the exercise), skip (pain, no-time, no-equipment, felt-unwell, other).
 */
function parseExerciseSpec(spec, items) {
  const colon = spec.indexOf(':');
  const name = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const item = findItem(name, items);
  const fields = {};
  for (const part of (colon < 0 ? '' : spec.slice(colon + 1)).split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value] = part.split('=', 2).map((p) => p?.trim());
    if (!value) {
      throw new UsageError(`--exercise ${JSON.stringify(spec)}: "${part}" is not key=value`);
    }
    fields[key.toLowerCase()] = value;
  }
  if (fields.skip) {
    const reason = enumName(fields.skip);
    if (!SKIP_REASONS.includes(reason)) {
      throw new UsageError(`--exercise ${JSON.stringify(spec)}: skip must be one of ${SKIP_REASONS.map(kebab).join(', ')}`);
    }
    return { item, result: { skippedBecause: reason } };
  }

  const number = (key, integer = true) => {
    if (fields[key] === undefined) {
      return undefined;
    }
    const n = Number(fields[key]);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--exercise ${JSON.stringify(spec)}: ${key} must be ${integer ? 'a whole number' : 'a number'}`);
    }
    return n;
  };
  const prescribed = asPrescribed(item.dosage);
  const reps = fields.reps === undefined ? null : fields.reps.split('/').map((r) => Number(r));
  if (reps && reps.some((r) => !Number.isInteger(r))) {
    throw new UsageError(`--exercise ${JSON.stringify(spec)}: reps must be whole numbers, e.g. reps=12 or reps=12/12/10`);
  }
  const count = number('sets') ?? (reps && reps.length > 1 ? reps.length : prescribed.length);
  const sets = Array.from({ length: count }, (_, i) => {
    const set = { ...(prescribed[i] ?? prescribed[0] ?? {}) };
    if (reps) set.reps = reps[Math.min(i, reps.length - 1)];
    if (fields.load !== undefined) set.loadKg = number('load', false);
    if (fields.hold !== undefined) set.holdSeconds = number('hold');
    if (fields.minutes !== undefined) set.minutes = number('minutes');
    return set;
  });
  const result = { sets };
  if (fields.rpe !== undefined) result.rpe = number('rpe');
  if (fields.pain !== undefined) result.painDuring = number('pain');
  if (fields.notes !== undefined) result.notes = fields.notes;
  return { item, result };
}

function findItem(name, items) {
  const byId = items.find((item) => item.itemId === name.toLowerCase());
  if (byId) {
    return byId;
  }
  if (/^\d+$/.test(name)) {
    const item = items[Number(name) - 1];
    if (!item) {
      throw new UsageError(`--exercise ${name}: the programme has ${items.length} exercises`);
    }
    return item;
  }
  const matches = items.filter((item) => item.exerciseName.toLowerCase().includes(name.toLowerCase()));
  if (matches.length !== 1) {
    throw new UsageError(
      `--exercise ${JSON.stringify(name)} matches ${matches.length === 0 ? 'no' : 'more than one'} exercise of the programme: ${items.map((i) => i.exerciseName).join(', ')}`,
    );
  }
  return matches[0];
}

function enumName(text) {
  return String(text).trim().toUpperCase().replace(/[-\s]+/g, '_');
}

function kebab(name) {
  return name.toLowerCase().replace(/_/g, '-');
}

module.exports = { RED_FLAGS, redFlagAnswers, exerciseResults, asPrescribed, parseExerciseSpec };
