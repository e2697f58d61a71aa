using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// A string or a list one past its limit answers INVALID_ARGUMENT naming just that field, and
/// writes nothing; a message past the receive limit answers RESOURCE_EXHAUSTED. Each request is
/// valid apart from the one field, so the limit is what refuses it.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class InputLimitTests(ClinicalSystem system)
{
    // What is past its limit → the RPC, the role that calls it, the field named, and the request for a caller (given a built-in exercise id).
    private static readonly Dictionary<string, (string Rpc, string Role, string Field, Func<TestCaller, string, IMessage> Request)> Cases = new()
    {
        ["search text"] = ("PrescriptionService/SearchExercises", "therapist", "text", (_, _) => new SearchExercisesRequest { Text = Text(201) }),
        ["exercise name"] = ("PrescriptionService/AddExercise", "therapist", "name", (_, _) => NewExercise(r => r.Name = Text(121))),
        ["exercise instructions"] = ("PrescriptionService/AddExercise", "therapist", "instructions", (_, _) => NewExercise(r => r.Instructions = Text(4001))),
        ["one contraindication"] = ("PrescriptionService/AddExercise", "therapist", "contraindications[1]", (_, _) => NewExercise(r => r.Contraindications.Add(["Acute disc herniation", Text(201)]))),
        ["contraindications"] = ("PrescriptionService/AddExercise", "therapist", "contraindications", (_, _) => NewExercise(r => r.Contraindications.Add(Many(21, i => $"Condition {i}")))),
        ["prescription reason"] = ("PrescriptionService/PrescribeProgramme", "therapist", "reason", (_, exerciseId) => Prescription(exerciseId, r => r.Reason = Text(2001))),
        ["programme items"] = ("PrescriptionService/PrescribeProgramme", "therapist", "items", (_, exerciseId) => Prescription(exerciseId, r => r.Items.Add(Many(30, _ => r.Items[0].Clone())))),
        ["dosage days"] = ("PrescriptionService/PrescribeProgramme", "therapist", "items[0].dosage.days", (_, exerciseId) => Prescription(exerciseId, r =>
        {
            r.Items[0].Dosage.ClearSessionsPerWeek();
            r.Items[0].Dosage.Days.Add(Many(8, i => (Weekday)(i % 7 + 1)));
        })),
        ["adjustment reason"] = ("PrescriptionService/AdjustProgramme", "therapist", "reason", (_, _) => new AdjustProgrammeRequest { RequestId = NewId(), ProgrammeId = NewId(), ExpectedVersion = 1, Reason = Text(2001) }),
        ["status change reason"] = ("PrescriptionService/ChangeProgrammeStatus", "therapist", "reason", (_, _) => new ChangeProgrammeStatusRequest { RequestId = NewId(), ProgrammeId = NewId(), ExpectedVersion = 1, Status = ProgrammeStatus.Paused, Reason = Text(2001) }),
        ["rejection reason"] = ("PrescriptionService/DecideSuggestion", "therapist", "reason", (_, _) => new DecideSuggestionRequest { RequestId = NewId(), SuggestionId = NewId(), Decision = Decision.Reject, Reason = Text(1001) }),
        ["edited dosage days"] = ("PrescriptionService/DecideSuggestion", "therapist", "edited_dosage.days", (_, _) => new DecideSuggestionRequest
        {
            RequestId = NewId(),
            SuggestionId = NewId(),
            Decision = Decision.Edit,
            EditedDosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, Days = { Many(8, i => (Weekday)(i % 7 + 1)) } },
        }),
        ["report notes"] = ("ProgressService/SubmitSessionReport", "patient", "notes", (caller, _) => Report(caller, r => r.Notes = Text(2001))),
        ["exercise notes"] = ("ProgressService/SubmitSessionReport", "patient", "exercises[0].notes", (caller, _) => Report(caller, r => r.Exercises[0].Notes = Text(1001))),
        ["reported exercises"] = ("ProgressService/SubmitSessionReport", "patient", "exercises", (caller, _) => Report(caller, r => r.Exercises.Add(Many(50, _ => Done(NewId()))))),
        ["reported sets"] = ("ProgressService/SubmitSessionReport", "patient", "exercises[0].sets", (caller, _) => Report(caller, r => r.Exercises[0].Sets.Add(Many(20, _ => new SetResult { Reps = 10 })))),
        ["red-flag answers"] = ("ProgressService/SubmitSessionReport", "patient", "red_flags", (caller, _) => Report(caller, r => r.RedFlags.Add(Many(21, i => new RedFlagAnswer { Flag = (RedFlag)(i % 7 + 1) })))),
        ["questionnaire answers"] = ("ProgressService/SubmitOutcomeMeasure", "patient", "answers", (caller, _) => new SubmitOutcomeMeasureRequest
        {
            OutcomeId = NewId(),
            PatientId = caller.Id.ToString(),
            Measure = OutcomeMeasure.RolandMorris,
            CompletedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Answers = { Many(25, i => i % 2) },
        }),
    };

    public static TheoryData<string> OverLimitCases => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(OverLimitCases))]
    public async Task One_past_a_limit_is_invalid_naming_the_field_and_writes_nothing(string name)
    {
        var limit = Cases[name];
        var caller = limit.Role == "patient" ? TestCaller.NewPatient() : TestCaller.NewTherapist();
        var request = limit.Request(caller, await BuiltInExerciseIdAsync(caller));
        var before = await ClinicalRows.SettledSnapshotAsync(system);

        var error = await Assert.ThrowsAsync<RpcException>(() => CallAsync(limit.Rpc, request, caller));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([limit.Field], error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? []);
        Assert.Equal(before, ClinicalRows.Snapshot(system));
    }

    [Theory]
    [InlineData("PrescriptionService/PrescribeProgramme")]
    [InlineData("ProgressService/SubmitSessionReport")]
    public async Task A_message_past_the_receive_limit_is_resource_exhausted_and_writes_nothing(string rpc)
    {
        var caller = rpc.StartsWith("Progress", StringComparison.Ordinal) ? TestCaller.NewPatient() : TestCaller.NewTherapist();
        // 300 KiB of text: past the 256 KiB receive limit, within the library's 4 MiB default.
        IMessage request = rpc.StartsWith("Progress", StringComparison.Ordinal)
            ? Report(caller, r => r.Notes = Text(300 * 1024))
            : Prescription(await BuiltInExerciseIdAsync(caller), r => r.Reason = Text(300 * 1024));
        var before = await ClinicalRows.SettledSnapshotAsync(system);

        var error = await Assert.ThrowsAsync<RpcException>(() => CallAsync(rpc, request, caller));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(before, ClinicalRows.Snapshot(system));
    }

    private Task<IMessage> CallAsync(string rpc, IMessage request, TestCaller caller)
    {
        var (service, method) = (rpc.Split('/')[0], rpc.Split('/')[1]);
        var client = service == "PrescriptionService" ? system.Prescription : system.Progress;
        return client.CallAsync(client.Service.FindMethodByName(method), request, caller);
    }

    // A search is a therapist's read; a patient's requests here need no exercise.
    private async Task<string> BuiltInExerciseIdAsync(TestCaller caller)
    {
        if (caller.Role != "therapist")
        {
            return "";
        }
        var library = await system.Prescription.CallAsync<SearchExercisesRequest, SearchExercisesResponse>(
            "SearchExercises", new SearchExercisesRequest { Text = "cable trunk extension" }, caller);
        return library.Exercises.First(e => e.BuiltIn).ExerciseId;
    }

    private static AddExerciseRequest NewExercise(Action<AddExerciseRequest> change)
    {
        var request = new AddExerciseRequest
        {
            RequestId = NewId(),
            Name = "Wall slide",
            Category = ExerciseCategory.Posture,
            Purpose = "Keeps the upper back moving during desk work.",
            Instructions = "Stand with your back to a wall.\nSlide your arms up and down, keeping contact.",
        };
        change(request);
        return request;
    }

    private static PrescribeProgrammeRequest Prescription(string exerciseId, Action<PrescribeProgrammeRequest> change)
    {
        var request = new PrescribeProgrammeRequest
        {
            RequestId = NewId(),
            PatientId = NewId(),
            ReviewIntervalDays = 14,
            Reason = "Initial assessment.",
            Items =
            {
                new ProgrammeItemInput
                {
                    ExerciseId = exerciseId,
                    Phase = RehabPhase.Strength,
                    Mode = MovementMode.Dynamic,
                    Dosage = new Dosage { Sets = 3, RepsMin = 8, RepsMax = 12, LoadKg = 20, SessionsPerWeek = 3 },
                },
            },
        };
        change(request);
        return request;
    }

    private static SubmitSessionReportRequest Report(TestCaller patient, Action<SubmitSessionReportRequest> change)
    {
        var request = new SubmitSessionReportRequest
        {
            ReportId = NewId(),
            PatientId = patient.Id.ToString(),
            ProgrammeId = NewId(),
            ProgrammeVersion = 1,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
            PainBefore = 2,
            PainAfter = 3,
            Exercises = { Done(NewId()) },
        };
        change(request);
        return request;
    }

    private static ExerciseResult Done(string itemId) => new() { ItemId = itemId, Rpe = 6, Sets = { new SetResult { Reps = 10, LoadKg = 20 } } };

    private static IEnumerable<T> Many<T>(int count, Func<int, T> entry) => Enumerable.Range(0, count).Select(entry).ToList();

    private static string Text(int length) => new('x', length);

    private static string NewId() => Guid.NewGuid().ToString();
}
