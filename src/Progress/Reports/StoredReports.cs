using System.Text.Json;
using Telehealth.Progress.Data;
using Telehealth.Progress.Events;
using Telehealth.Progress.Rules;

namespace Telehealth.Progress.Reports;

internal static class StoredReports
{
    public static SessionReport ToRules(StoredSessionReport stored) => new(
        stored.Id,
        stored.PatientId,
        stored.ProgrammeId,
        stored.PerformedAt,
        stored.PainBefore,
        stored.PainAfter,
        JsonSerializer.Deserialize<List<ExerciseResult>>(stored.Exercises, ProgrammeCopies.Json) ?? [],
        JsonSerializer.Deserialize<List<RedFlagAnswer>>(stored.RedFlagAnswers, ProgrammeCopies.Json) ?? []);
}
