using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using Grpc.Core;
using Telehealth.Prescription.Data;
using Telehealth.Prescription.Domain;
using Telehealth.Prescription.Grpc;
using Telehealth.Prescription.Programmes;
using Telehealth.Prescription.Suggestions;
using Telehealth.Prescription.Tests.Data;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Prescription.V1;

namespace Telehealth.Prescription.Tests.Programmes;

/// <summary>
/// The use cases behind the RPCs, on a real SQLite file: a string or list one past its limit is
/// INVALID_ARGUMENT naming only that field and writes nothing; at the limit it is accepted.
/// </summary>
public sealed class RequestLimitTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly Caller _therapist = new(Guid.NewGuid(), CallerRole.Therapist);

    // What is past its limit → the field named, and the call that carries it (given the therapist's own exercise).
    private static readonly Dictionary<string, (string Field, Func<RequestLimitTests, string, Task> Call)> PastLimits = new()
    {
        ["search text"] = ("text", (t, _) => t.Exercises(api => api.SearchAsync(new Proto.SearchExercisesRequest { Text = Text(RequestLimits.SearchText + 1) }, t._therapist, default))),
        ["exercise name"] = ("name", (t, _) => t.AddExerciseAsync(r => r.Name = Text(RequestLimits.ExerciseName + 1))),
        ["exercise purpose"] = ("purpose", (t, _) => t.AddExerciseAsync(r => r.Purpose = Text(RequestLimits.ExerciseText + 1))),
        ["one contraindication"] = ("contraindications[0]", (t, _) => t.AddExerciseAsync(r => r.Contraindications.Add(Text(RequestLimits.Contraindication + 1)))),
        ["contraindications"] = ("contraindications", (t, _) => t.AddExerciseAsync(r => r.Contraindications.Add(Many(RequestLimits.Contraindications + 1, i => $"Condition {i}")))),
        ["prescription reason"] = ("reason", (t, exercise) => t.PrescribeAsync(Prescription(exercise, r => r.Reason = Text(RequestLimits.Reason + 1)))),
        ["programme items"] = ("items", (t, exercise) => t.PrescribeAsync(Prescription(exercise, r => r.Items.Add(Many(RequestLimits.Items, _ => r.Items[0].Clone()))))),
        ["dosage days"] = ("items[0].dosage.days", (t, exercise) => t.PrescribeAsync(Prescription(exercise, r =>
        {
            r.Items[0].Dosage.ClearSessionsPerWeek();
            r.Items[0].Dosage.Days.Add(Many(RequestLimits.Days + 1, i => (Proto.Weekday)(i % 7 + 1)));
        }))),
        ["adjustment reason"] = ("reason", (t, _) => t.Commands(commands => commands.AdjustAsync(
            new Proto.AdjustProgrammeRequest { RequestId = NewId(), ProgrammeId = NewId(), ExpectedVersion = 1, Reason = Text(RequestLimits.Reason + 1) }, t._therapist, default))),
        ["status change reason"] = ("reason", (t, _) => t.Commands(commands => commands.ChangeStatusAsync(
            new Proto.ChangeProgrammeStatusRequest { RequestId = NewId(), ProgrammeId = NewId(), ExpectedVersion = 1, Status = Proto.ProgrammeStatus.Paused, Reason = Text(RequestLimits.Reason + 1) }, t._therapist, default))),
        ["rejection reason"] = ("reason", (t, _) => t.DecideAsync(new Proto.DecideSuggestionRequest
        {
            RequestId = NewId(),
            SuggestionId = NewId(),
            Decision = Proto.Decision.Reject,
            Reason = Text(RequestLimits.DecisionReason + 1),
        })),
        ["edited dosage days"] = ("edited_dosage.days", (t, _) => t.DecideAsync(new Proto.DecideSuggestionRequest
        {
            RequestId = NewId(),
            SuggestionId = NewId(),
            Decision = Proto.Decision.Edit,
            EditedDosage = new Proto.Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, Days = { Many(RequestLimits.Days + 1, i => (Proto.Weekday)(i % 7 + 1)) } },
        })),
    };

    public static TheoryData<string> PastLimitCases => new(PastLimits.Keys);

    public void Dispose() => _database.Dispose();

    [Theory]
    [MemberData(nameof(PastLimitCases))]
    public async Task One_past_a_limit_is_invalid_naming_only_that_field_and_writes_nothing(string name)
    {
        var (field, call) = PastLimits[name];
        var exercise = await AddExerciseAsync(_ => { });
        var before = await RowsAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => call(this, exercise.ExerciseId));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task An_exercise_with_every_field_at_its_limit_is_added_and_fits_the_receive_limit()
    {
        Proto.AddExerciseRequest? sent = null;
        var added = await AddExerciseAsync(r =>
        {
            r.Name = Text(RequestLimits.ExerciseName);
            r.Purpose = Text(RequestLimits.ExerciseText);
            r.Instructions = Text(RequestLimits.ExerciseText);
            r.Contraindications.Add(Many(RequestLimits.Contraindications, _ => Text(RequestLimits.Contraindication)));
            sent = r;
        });

        Assert.Equal(RequestLimits.Contraindications, added.Contraindications.Count);
        Assert.InRange(sent!.CalculateSize(), 0, MessageSizeLimit.DefaultMaxReceiveMessageSize);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e308)]
    public async Task A_load_that_is_no_number_of_kilograms_is_refused_naming_its_field_rather_than_failing_the_call(double kilograms)
    {
        var exercise = await AddExerciseAsync(_ => { });

        var step = await Assert.ThrowsAsync<DomainValidationException>(() => AddExerciseAsync(r => r.LoadStepKg = kilograms));
        var cap = await Assert.ThrowsAsync<DomainValidationException>(() => PrescribeAsync(Prescription(exercise.ExerciseId,
            r => r.Items[0].Progression = new Proto.ProgressionSettings { AutoProgression = true, MaxLoadKg = kilograms })));

        Assert.Contains(step.Violations, v => v.Field == "load_step_kg");
        Assert.Contains(cap.Violations, v => v.Field == "items[0].progression.max_load_kg");
    }

    [Fact]
    public async Task A_reason_at_its_limit_is_accepted()
    {
        var exercise = await AddExerciseAsync(_ => { });

        var programme = await PrescribeAsync(Prescription(exercise.ExerciseId, r => r.Reason = Text(RequestLimits.Reason)));

        Assert.Equal(RequestLimits.Reason, programme.Reason.Length);
    }

    private async Task<Proto.Exercise> AddExerciseAsync(Action<Proto.AddExerciseRequest> change)
    {
        var request = new Proto.AddExerciseRequest
        {
            RequestId = NewId(),
            Name = "Prone back extension",
            Category = Proto.ExerciseCategory.LumbarStrengthening,
            Purpose = "Strengthens the back extensors.",
            Instructions = "Lie face down.\nLift your chest a little, hold, lower.",
            LoadStepKg = 2.5,
        };
        change(request);
        return await Exercises(api => api.AddAsync(request, _therapist, default));
    }

    private Task<Proto.Programme> PrescribeAsync(Proto.PrescribeProgrammeRequest request) =>
        Commands(commands => commands.PrescribeAsync(request, _therapist, default));

    private async Task<Proto.DecideSuggestionResponse> DecideAsync(Proto.DecideSuggestionRequest request)
    {
        await using var db = _database.NewContext();
        return await new SuggestionDecisions(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System).DecideAsync(request, _therapist, default);
    }

    private async Task<T> Exercises<T>(Func<ExerciseCatalogueApi, Task<T>> call)
    {
        await using var db = _database.NewContext();
        return await call(new ExerciseCatalogueApi(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System));
    }

    private async Task<T> Commands<T>(Func<ProgrammeCommands, Task<T>> call)
    {
        await using var db = _database.NewContext();
        return await call(new ProgrammeCommands(db, new ExerciseLibrary(db, new ExerciseCache()), TimeProvider.System));
    }

    private static Proto.PrescribeProgrammeRequest Prescription(string exerciseId, Action<Proto.PrescribeProgrammeRequest> change)
    {
        var request = new Proto.PrescribeProgrammeRequest
        {
            RequestId = NewId(),
            PatientId = NewId(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment.",
            Items =
            {
                new Proto.ProgrammeItemInput
                {
                    ExerciseId = exerciseId,
                    Phase = Proto.RehabPhase.Strength,
                    Mode = Proto.MovementMode.Dynamic,
                    Dosage = new Proto.Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 },
                },
            },
        };
        change(request);
        return request;
    }

    private async Task<string> RowsAsync()
    {
        await using var db = _database.NewContext();
        return $"exercises={await db.Exercises.CountAsync()}, programmes={await db.Programmes.CountAsync()}, suggestions={await db.Suggestions.CountAsync()}, "
            + $"outbox={await db.Outbox.CountAsync()}, processed_requests={await db.ProcessedRequests.CountAsync()}";
    }

    private static IEnumerable<T> Many<T>(int count, Func<int, T> entry) => Enumerable.Range(0, count).Select(entry).ToList();

    // Three bytes each in UTF-8: the most a character of these lengths can cost on the wire.
    private static string Text(int length) => new('€', length);

    private static string NewId() => Guid.NewGuid().ToString();
}
