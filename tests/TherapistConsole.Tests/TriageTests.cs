using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Components.Triage;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class TriageTests : ConsoleContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_caseload_is_listed_in_the_order_the_progress_service_ranks_it_with_why_since_when_and_a_link()
    {
        TriageEntry[] ranked =
        [
            Entry("b0000000-0000-4000-8000-000000000001", TriageLevel.RedFlag, "Red flag reported: pain in both legs.", Now.AddHours(-3)),
            Entry("a0000000-0000-4000-8000-000000000002", TriageLevel.Flare, "Pain flare not yet reviewed.", Now.AddMinutes(-20)),
            Entry("c0000000-0000-4000-8000-000000000003", TriageLevel.OnTrack, "On track.", null),
        ];

        var table = Render<TriageTable>(parameters => parameters.Add(p => p.Entries, ranked).Add(p => p.Now, Now));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(ranked.Select(e => e.PatientId), rows.Select(row => row.GetAttribute("data-patient")));
        Assert.Equal("patients/b0000000-0000-4000-8000-000000000001", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Patient b0000000", rows[0].TextContent);
        Assert.Contains("Red flag", rows[0].TextContent);
        Assert.Contains("Red flag reported: pain in both legs.", rows[0].TextContent);
        Assert.Equal("3 h ago", rows[0].QuerySelector("time")!.TextContent);
        Assert.Equal("20 min ago", rows[1].QuerySelector("time")!.TextContent);
        Assert.Contains("Pain flare", rows[1].TextContent);
        Assert.Null(rows[2].QuerySelector("time"));
        Assert.Equal("Your caseload, most urgent first", table.Find("caption").TextContent);
    }

    [Fact]
    public void A_notification_moves_a_patient_to_the_top_without_a_reload()
    {
        var flaring = Entry("a0000000-0000-4000-8000-000000000002", TriageLevel.Flare, "Pain flare not yet reviewed.", Now);
        var steady = Entry("b0000000-0000-4000-8000-000000000001", TriageLevel.OnTrack, "On track.", null);
        var triage = new GetTriageResponse { Patients = { steady, Entry(flaring.PatientId, TriageLevel.OnTrack, "On track.", null) } };
        Fake.Answer<GetTriageRequest, GetTriageResponse>("GetTriage", _ => triage);

        var page = Render<TriagePage>();
        page.WaitForAssertion(() => Assert.Equal(steady.PatientId, page.Find("tbody tr").GetAttribute("data-patient")), Patience);
        page.WaitForAssertion(() => Assert.Contains("Updates live", page.Find(".live-status").TextContent), Patience);

        triage = new GetTriageResponse { Patients = { flaring, steady } };
        Fake.Notify(new Notification { Cursor = 1, Kind = NotificationKind.PainFlare, PatientId = flaring.PatientId, Title = "Pain flare" });

        page.WaitForAssertion(() =>
        {
            var first = page.Find("tbody tr");
            Assert.Equal(flaring.PatientId, first.GetAttribute("data-patient"));
            Assert.Contains("Pain flare not yet reviewed.", first.TextContent);
        }, Patience);
        Assert.Equal(2, Fake.Requests<GetTriageRequest>("GetTriage").Count);
        // Subscribed after the newest notification there already was, so old ones are not replayed.
        Assert.Equal(0, Assert.Single(Fake.Requests<SubscribeRequest>("Subscribe")).AfterCursor);
    }

    [Fact]
    public void An_empty_caseload_says_where_patients_come_from()
    {
        Fake.Answer<GetTriageRequest, GetTriageResponse>("GetTriage", _ => new GetTriageResponse());

        var page = Render<TriagePage>();

        page.WaitForAssertion(() => Assert.Contains("No patients in your caseload yet", page.Markup), Patience);
    }

    [Fact]
    public void A_service_out_of_reach_is_said_in_words()
    {
        Fake.Fail("GetTriage", Failures.Of(StatusCode.Unavailable, "connection refused"));

        var page = Render<TriagePage>();

        page.WaitForAssertion(() => Assert.Contains("The system is not answering just now. Try again in a moment.", page.Find("[role=alert]").TextContent), Patience);
        Assert.DoesNotContain("connection refused", page.Markup);
    }

    private static TriageEntry Entry(string patient, TriageLevel level, string reason, DateTimeOffset? since)
    {
        var entry = new TriageEntry { PatientId = patient, Level = level, Reason = reason };
        if (since is { } at)
        {
            entry.Since = Timestamp.FromDateTimeOffset(at);
        }
        return entry;
    }
}
