using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Telehealth.Progress.Grpc;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>A report's strings and lists, one past their limits, are each named; at their limits the report is valid and fits the receive limit.</summary>
public sealed class SessionReportLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    // What is past its limit → the field named, and how the largest valid report is changed.
    private static readonly Dictionary<string, (string Field, Action<Proto.SubmitSessionReportRequest> Change)> PastLimits = new()
    {
        ["report notes"] = ("notes", r => r.Notes += "x"),
        ["exercise notes"] = ("exercises[3].notes", r => r.Exercises[3].Notes += "x"),
        ["exercises"] = ("exercises", r => r.Exercises.Add(Exercise(Guid.NewGuid()))),
        ["sets"] = ("exercises[0].sets", r => r.Exercises[0].Sets.Add(Set())),
        ["red flags"] = ("red_flags", r => r.RedFlags.Add(new Proto.RedFlagAnswer { Flag = Proto.RedFlag.Fever })),
    };

    public static TheoryData<string> PastLimitCases => new(PastLimits.Keys);

    [Theory]
    [MemberData(nameof(PastLimitCases))]
    public void One_past_a_limit_is_invalid_naming_only_that_field(string name)
    {
        var (field, change) = PastLimits[name];
        var request = Largest();
        change(request);

        var error = Assert.Throws<RpcException>(() => SessionReportValidation.Validate(request, Now));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void A_list_far_past_its_limit_is_named_once_without_looking_at_its_entries()
    {
        var request = Largest();
        request.RedFlags.Add(Enumerable.Repeat(new Proto.RedFlagAnswer { Flag = Proto.RedFlag.Unspecified }, 10_000));

        var error = Assert.Throws<RpcException>(() => SessionReportValidation.Validate(request, Now));

        Assert.Equal(["red_flags"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [InlineData(long.MaxValue, 0)]
    [InlineData(-62_135_596_801, 0)]
    [InlineData(253_402_300_800, 0)]
    [InlineData(1_772_470_800, -1)]
    [InlineData(1_772_470_800, 1_000_000_000)]
    public void A_timestamp_outside_its_range_is_invalid_naming_the_field_rather_than_failing_the_call(long seconds, int nanos)
    {
        var request = Largest();
        request.PerformedAt = new Timestamp { Seconds = seconds, Nanos = nanos };

        var error = Assert.Throws<RpcException>(() => SessionReportValidation.Validate(request, Now));

        Assert.Equal(["performed_at"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void The_largest_valid_report_fits_the_receive_limit()
    {
        var request = Largest();

        SessionReportValidation.Validate(request, Now);

        Assert.InRange(request.CalculateSize(), 0, MessageSizeLimit.DefaultMaxReceiveMessageSize);
        // What the README promises: room to spare, so a field limit is what a client meets first.
        Assert.InRange(request.CalculateSize(), 0, 200 * 1024);
    }

    /// <summary>Every list and string at its limit, text in three-byte UTF-8 characters, numbers at their widest.</summary>
    private static Proto.SubmitSessionReportRequest Largest()
    {
        var request = new Proto.SubmitSessionReportRequest
        {
            ReportId = Guid.NewGuid().ToString(),
            PatientId = Guid.NewGuid().ToString(),
            ProgrammeId = Guid.NewGuid().ToString(),
            ProgrammeVersion = int.MaxValue,
            PlannedSessionId = Guid.NewGuid().ToString(),
            PerformedAt = Timestamp.FromDateTimeOffset(Now.AddHours(-1)),
            PainBefore = 10,
            PainAfter = 10,
            Notes = Text(RequestLimits.ReportNotes),
        };
        request.Exercises.Add(Enumerable.Range(0, RequestLimits.Exercises).Select(_ => Exercise(Guid.NewGuid())));
        request.RedFlags.Add(Enumerable.Range(0, RequestLimits.RedFlags).Select(i => new Proto.RedFlagAnswer { Flag = (Proto.RedFlag)(i % 7 + 1), Present = true }));
        return request;
    }

    private static Proto.ExerciseResult Exercise(Guid itemId)
    {
        var exercise = new Proto.ExerciseResult { ItemId = itemId.ToString(), Rpe = 10, PainDuring = 10, Notes = Text(RequestLimits.ExerciseNotes) };
        exercise.Sets.Add(Enumerable.Range(0, RequestLimits.Sets).Select(_ => Set()));
        return exercise;
    }

    private static Proto.SetResult Set() => new() { Reps = 500, LoadKg = 499.75, HoldSeconds = 3600, Minutes = 600 };

    private static string Text(int length) => new('€', length);
}
