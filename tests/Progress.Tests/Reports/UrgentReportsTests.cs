using System.Buffers;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.Progress.Reports;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>The reports progress lets in first when busy, judged from the request as it arrives.</summary>
public class UrgentReportsTests
{
    private static readonly IReadOnlyDictionary<string, UrgentCallRule> Rules = new ServiceCollection()
        .AddUrgentReports()
        .BuildServiceProvider()
        .GetServices<UrgentCallRule>()
        .ToDictionary(rule => rule.Method);

    [Theory]
    [InlineData(2, 6, false, true)]
    [InlineData(2, 2, true, true)]
    [InlineData(2, 3, false, false)]
    public void A_session_report_that_may_alert_is_urgent(int before, int after, bool redFlag, bool urgent)
    {
        var report = new Proto.SubmitSessionReportRequest { PainBefore = before, PainAfter = after };
        report.RedFlags.Add(new Proto.RedFlagAnswer { Flag = Proto.RedFlag.NewSaddleNumbness, Present = redFlag });

        Assert.Equal(urgent, Rules["/telehealth.progress.v1.ProgressService/SubmitSessionReport"].IsUrgent(Serialized(report)));
    }

    [Fact]
    public void Pain_during_one_exercise_above_5_makes_a_report_urgent()
    {
        var report = new Proto.SubmitSessionReportRequest { PainBefore = 2, PainAfter = 3 };
        report.Exercises.Add(new Proto.ExerciseResult { PainDuring = 6 });

        Assert.True(Rules["/telehealth.progress.v1.ProgressService/SubmitSessionReport"].IsUrgent(Serialized(report)));
    }

    [Theory]
    [InlineData(4, 2, true)]
    [InlineData(2, 2, false)]
    public void A_next_morning_check_worse_than_usual_is_urgent(int pain, int usual, bool urgent) =>
        Assert.Equal(urgent, Rules["/telehealth.progress.v1.ProgressService/SubmitNextDayPainCheck"].IsUrgent(
            Serialized(new Proto.SubmitNextDayPainCheckRequest { Pain = pain, UsualPain = usual })));

    [Fact]
    public void A_message_that_does_not_parse_is_routine() =>
        Assert.False(Rules["/telehealth.progress.v1.ProgressService/SubmitSessionReport"].IsUrgent(new ReadOnlySequence<byte>([0xFF, 0xFF, 0xFF])));

    private static ReadOnlySequence<byte> Serialized(IMessage message) => new(message.ToByteArray());
}
