using System.Text.RegularExpressions;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Grpc.Core;
using Telehealth.Integration.Tests.Clinical;
using Telehealth.Integration.Tests.Support;

namespace Telehealth.Integration.Tests.Privacy;

/// <summary>
/// Health data stays out of telemetry: after a journey whose free text names a person and
/// describes symptoms, and whose pain scores rise, nothing the services exported (traces,
/// metrics, logs) or printed, and no error returned, carries the name, the notes, the reason,
/// the people's ids, or a pain score.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed partial class TelemetryPrivacyTests(ClinicalSystem system)
{
    private const string PersonName = "Philippa Quarrington-Bloom";
    private const string Symptom = "tingling down the left calf since Tuesday";
    private const string Reason = "Discussed the flare with her daughter on the phone";

    [Fact]
    public async Task Nothing_identifying_or_clinical_reaches_logs_traces_metrics_or_errors()
    {
        var scenario = new ClinicalScenario(system);
        await scenario.PrescribeAsync();

        var good = scenario.Report(1, reps: 10, loadKg: 20, painBefore: 2, painAfter: 2);
        good.Notes = $"{PersonName} says: {Symptom}";
        good.Exercises[0].Notes = Symptom;
        await scenario.SubmitAsync(good);

        var flare = scenario.Report(0, reps: 10, loadKg: 20, painBefore: 2, painAfter: 7);
        flare.Notes = $"{PersonName}: {Symptom}, {Reason}";
        flare.RedFlags.Add(new RedFlagAnswer { Flag = RedFlag.NewSaddleNumbness, Present = true });
        var answer = await scenario.SubmitAsync(flare);
        Assert.True(answer.TherapistAlerted);

        var invalid = scenario.Report(0, reps: 10, loadKg: 20, painBefore: 9, painAfter: 11);
        invalid.Notes = $"{PersonName}: {Symptom}";
        var refused = await Assert.ThrowsAsync<RpcException>(() => system.Progress.CallAsync<SubmitSessionReportRequest, SubmitSessionReportResponse>("SubmitSessionReport", invalid, scenario.Patient));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        AssertClean("the INVALID_ARGUMENT answer", refused.Status.Detail, scenario);

        // The calendar feed's address is the only key to the patient's schedule: it must not be recorded either.
        var feed = await Eventually.SucceedsAsync(() => system.Scheduling.CallAsync<GetCalendarFeedRequest, CalendarFeed>("GetCalendarFeed",
            new GetCalendarFeedRequest { PatientId = scenario.Patient.Id.ToString() }, scenario.Patient));
        using (var http = new HttpClient())
        {
            var ics = await http.GetStringAsync(new Uri(system.HttpAddress("scheduling"), feed.SubscriptionPath));
            Assert.StartsWith("BEGIN:VCALENDAR", ics);
        }
        var feedToken = Path.GetFileNameWithoutExtension(feed.SubscriptionPath);

        // Wait until the journey's own spans have been exported, then a little longer for logs and metrics.
        await Eventually.TrueAsync(() => system.Telemetry.Exports.Any(e => e.Signal == "traces" && e.Json.Contains("SubmitSessionReport")), TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => system.Telemetry.Exports.Any(e => e.Signal == "logs") && system.Telemetry.Exports.Any(e => e.Signal == "metrics"), TimeSpan.FromSeconds(60));

        var exports = system.Telemetry.Exports.ToList();
        Assert.Contains(exports, e => e.Signal == "logs");
        Assert.Contains(exports, e => e.Signal == "metrics");
        foreach (var export in exports)
        {
            AssertClean($"exported {export.Signal}", ExportedText.Of(export.Json), scenario);
            Assert.False(export.Json.Contains(feedToken, StringComparison.Ordinal), $"exported {export.Signal} contain the calendar feed's token");
            foreach (Match key in AttributeKey().Matches(export.Json))
            {
                Assert.False(ClinicalKey().IsMatch(key.Groups[1].Value), $"exported {export.Signal} carry an attribute named '{key.Groups[1].Value}'");
            }
        }
        foreach (var service in new[] { "prescription", "progress", "scheduling", "notification" })
        {
            AssertClean($"{service}'s console", string.Join('\n', system.ProcessLog(service)), scenario);
        }
    }

    private static void AssertClean(string where, string text, ClinicalScenario scenario)
    {
        foreach (var secret in new[] { PersonName, "Quarrington", Symptom, "tingling", Reason, scenario.Patient.Id.ToString(), scenario.Therapist.Id.ToString() })
        {
            Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} contain '{secret}'");
        }
        var score = PainScore().Match(text);
        Assert.False(score.Success, $"{where} contain a pain score: '{score.Value}'");
    }

    [GeneratedRegex("\"key\":\\s*\"([^\"]+)\"")]
    private static partial Regex AttributeKey();

    // "diagnos" but not ASP.NET Core's "aspnetcore.diagnostics.*" attributes, which say how a request ended.
    [GeneratedRegex("pain|effort|rpe|notes?$|reason|symptom|red.?flag|odi|score|diagnos(?!tics)", RegexOptions.IgnoreCase)]
    private static partial Regex ClinicalKey();

    // "pain 7", "pain_after=7", "PainAfter: 11": a pain word followed closely by a number.
    [GeneratedRegex("pain[a-z_ ]{0,12}[:=]?\\s*\"?\\d", RegexOptions.IgnoreCase)]
    private static partial Regex PainScore();
}
