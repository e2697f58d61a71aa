using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Telehealth.Contracts.Progress.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Clinical;

/// <summary>
/// Every RPC, sent with its fields missing or out of range, answers INVALID_ARGUMENT naming the
/// fields at fault, and writes nothing. The table is checked against the service descriptors,
/// so an RPC added without an entry here fails.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class BadInputTests(ClinicalSystem system)
{
    // Empty request → the fields named (null: the RPC needs no field and must answer).
    private static readonly Dictionary<string, (string Role, string[]? Fields)> EmptyRequests = new()
    {
        ["PrescriptionService/SearchExercises"] = ("therapist", null),
        ["PrescriptionService/AddExercise"] = ("therapist", ["request_id", "category"]),
        ["PrescriptionService/ListTemplates"] = ("therapist", null),
        ["PrescriptionService/PrescribeProgramme"] = ("therapist", ["request_id", "patient_id", "review_interval_days"]),
        ["PrescriptionService/AdjustProgramme"] = ("therapist", ["request_id", "programme_id"]),
        ["PrescriptionService/ChangeProgrammeStatus"] = ("therapist", ["request_id", "programme_id", "status"]),
        ["PrescriptionService/GetProgramme"] = ("therapist", ["programme_id"]),
        ["PrescriptionService/GetActiveProgramme"] = ("patient", ["patient_id"]),
        ["PrescriptionService/GetProgrammeHistory"] = ("therapist", ["programme_id"]),
        ["PrescriptionService/ListCaseload"] = ("therapist", null),
        ["PrescriptionService/ListSuggestions"] = ("therapist", null),
        ["PrescriptionService/DecideSuggestion"] = ("therapist", ["request_id", "suggestion_id", "decision"]),
        ["ProgressService/SubmitSessionReport"] = ("patient", ["report_id", "patient_id", "programme_id", "programme_version", "performed_at", "exercises"]),
        ["ProgressService/SubmitNextDayPainCheck"] = ("patient", ["check_id", "patient_id", "report_id", "checked_at"]),
        ["ProgressService/SubmitOutcomeMeasure"] = ("patient", ["outcome_id", "patient_id", "measure", "completed_at"]),
        ["ProgressService/CorrectSessionReport"] = ("patient", ["correction_id", "patient_id", "report_id", "exercises", "reason"]),
        ["ProgressService/ListSessionReports"] = ("patient", ["patient_id"]),
        ["ProgressService/GetPatientSummary"] = ("patient", ["patient_id"]),
        ["ProgressService/GetTriage"] = ("therapist", null),
    };

    public static TheoryData<string> Methods => new(
        new[] { Contracts.Prescription.V1.PrescriptionReflection.Descriptor.Services[0], ProgressReflection.Descriptor.Services[0] }
            .SelectMany(service => service.Methods.Select(method => $"{service.Name}/{method.Name}")));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task An_empty_request_names_the_missing_fields_and_writes_nothing(string rpc)
    {
        Assert.True(EmptyRequests.TryGetValue(rpc, out var expected), $"{rpc} has no bad-input expectation.");
        var (client, method) = Resolve(rpc);
        var caller = expected.Role == "patient" ? TestCaller.NewPatient() : TestCaller.NewTherapist();
        var before = await ClinicalRows.SettledSnapshotAsync(system);

        var request = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
        if (expected.Fields is null)
        {
            await client.CallAsync(method, request, caller);
        }
        else
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => client.CallAsync(method, request, caller));
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            var fields = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToHashSet() ?? [];
            foreach (var field in expected.Fields)
            {
                Assert.Contains(field, fields);
            }
        }
        Assert.Equal(before, ClinicalRows.Snapshot(system));
    }

    [Fact]
    public async Task Out_of_range_values_in_a_report_are_each_named()
    {
        var patient = TestCaller.NewPatient();
        var request = new SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = patient.Id.ToString(),
            ProgrammeId = Guid.NewGuid().ToString(),
            ProgrammeVersion = 1,
            PerformedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2)),
            PainBefore = -1,
            PainAfter = 11,
        };
        request.Exercises.Add(new ExerciseResult { ItemId = "not-a-uuid", Rpe = 12, PainDuring = 20, Sets = { new SetResult { Reps = -3, LoadKg = -5 } } });
        request.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.Unspecified, Present = true });
        var before = await ClinicalRows.SettledSnapshotAsync(system);

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Progress.CallAsync<SubmitSessionReportRequest, SubmitSessionReportResponse>("SubmitSessionReport", request, patient));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(
            ["performed_at", "pain_before", "pain_after", "exercises[0].item_id", "exercises[0].rpe", "exercises[0].pain_during", "exercises[0].sets[0].reps", "exercises[0].sets[0].load_kg", "red_flags[0].flag"],
            fields);
        Assert.Equal(before, ClinicalRows.Snapshot(system));
    }

    [Fact]
    public async Task Missing_identity_is_unauthenticated_and_an_operator_is_refused_clinical_content()
    {
        var anonymous = TestCaller.Anonymous;
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            system.Progress.CallAsync<GetTriageRequest, GetTriageResponse>("GetTriage", new GetTriageRequest(), anonymous));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            system.Progress.CallAsync<GetTriageRequest, GetTriageResponse>("GetTriage", new GetTriageRequest(), TestCaller.NewOperator()));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private (ServiceClient Client, MethodDescriptor Method) Resolve(string rpc)
    {
        var (service, name) = (rpc.Split('/')[0], rpc.Split('/')[1]);
        var client = service == "PrescriptionService" ? system.Prescription : system.Progress;
        return (client, client.Service.FindMethodByName(name));
    }
}
