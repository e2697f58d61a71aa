using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Audit.V1;
using Telehealth.TherapistConsole.Audit;
using Telehealth.TherapistConsole.Components.Pages;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class AuditTrailTests : ConsoleContext
{
    private static readonly Guid Patient = Guid.Parse("a0000000-0000-4000-8000-00000000000a");

    public AuditTrailTests()
    {
        foreach (var service in AuditSource.Services)
        {
            Trail(service);
        }
    }

    [Fact]
    public void The_records_of_every_service_are_merged_newest_first()
    {
        Trail("prescription", Record(10, "programme.adjusted", $"therapist:{Therapist}"), Record(5, "programme.prescribed", $"therapist:{Therapist}"));
        Trail("progress", Record(8, "session_report.submitted", $"patient:{Patient}"), Record(1, "outcome_measure.submitted", $"patient:{Patient}"));
        Trail("notification", Record(3, "alert.acknowledged", $"therapist:{Therapist}"));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("table.audit tbody tr").Count), Patience);
        Assert.Equal(["prescription", "progress", "prescription", "notification", "progress"], page.FindAll("table.audit tbody tr").Select(row => row.GetAttribute("data-service")));
        var newest = page.Find("table.audit tbody tr").TextContent;
        Assert.Contains("you", newest);
        Assert.Contains("Programme adjusted", newest);
        Assert.Contains("the patient", page.FindAll("table.audit tbody tr")[1].TextContent);
        Assert.All(AuditSource.Services, service => Assert.Equal(Patient.ToString(), Assert.Single(AuditTrails[service].Requests<ListAuditRecordsRequest>("ListAuditRecords")).PatientId));
        Assert.Empty(page.FindAll("fluent-button"));
    }

    [Fact]
    public void A_change_shows_its_fields_before_and_after_in_words()
    {
        var adjusted = Record(10, "programme.adjusted", $"therapist:{Therapist}", reason: "Holds too long for now");
        adjusted.BeforeJson = Programme(version: 1, hold: 10);
        adjusted.AfterJson = Programme(version: 2, hold: 9);
        Trail("prescription", adjusted);

        var page = RenderPage();

        page.WaitForAssertion(() => page.Find("table.audit tbody tr"), Patience);
        var changes = page.FindAll("table.audit tbody tr .changes li").Select(line => line.TextContent.Trim()).ToList();
        Assert.Equal(["version: 1 → 2", "items › Bird-dog › dosage › hold seconds: 10 → 9"], changes);
        Assert.Contains("Holds too long for now", page.Find("table.audit tbody tr").TextContent);
    }

    [Fact]
    public void Older_records_are_read_a_page_at_a_time_from_the_services_that_have_them()
    {
        AuditTrails["prescription"].Answer<ListAuditRecordsRequest, ListAuditRecordsResponse>("ListAuditRecords", request => request.PageToken switch
        {
            "" => Page("older", Enumerable.Range(0, 30).Select(i => Record(100 - i, "programme.adjusted", $"therapist:{Therapist}")).ToArray()),
            _ => Page("", Record(2, "programme.prescribed", $"therapist:{Therapist}")),
        });
        Trail("progress", Record(50, "session_report.submitted", $"patient:{Patient}"));
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(Components.Pages.AuditPage.PageSize, page.FindAll("table.audit tbody tr").Count), Patience);

        page.FindAll("fluent-button").Single(button => button.TextContent.Trim() == "Show older records").Click();

        page.WaitForAssertion(() => Assert.Equal(32, page.FindAll("table.audit tbody tr").Count), Patience);
        Assert.Equal(["", "older"], AuditTrails["prescription"].Requests<ListAuditRecordsRequest>("ListAuditRecords").Select(request => request.PageToken));
        Assert.Equal("progress", page.FindAll("table.audit tbody tr")[30].GetAttribute("data-service"));
        Assert.Empty(page.FindAll("fluent-button"));
    }

    [Fact]
    public void A_service_that_cannot_be_read_is_named_and_the_others_records_are_shown()
    {
        AuditTrails["scheduling"].Fail("ListAuditRecords", Failures.Of(StatusCode.Unavailable));
        Trail("progress", Record(8, "session_report.submitted", $"patient:{Patient}"));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("The scheduling service's records could not be read: The system is not answering just now.", page.Find("[data-service=scheduling]").TextContent), Patience);
        Assert.Single(page.FindAll("table.audit tbody tr"));
    }

    private IRenderedComponent<AuditPage> RenderPage() => Render<AuditPage>(parameters => parameters.Add(p => p.PatientId, Patient));

    private void Trail(string service, params AuditRecord[] records) =>
        AuditTrails[service].Answer<ListAuditRecordsRequest, ListAuditRecordsResponse>("ListAuditRecords", _ => Page("", records));

    private static ListAuditRecordsResponse Page(string next, params AuditRecord[] records) => new() { Records = { records }, NextPageToken = next };

    private static AuditRecord Record(int minute, string action, string actor, string reason = "") => new()
    {
        Actor = actor,
        Action = action,
        OccurredAt = Timestamp.FromDateTimeOffset(Records.At.AddMinutes(minute)),
        SubjectId = Guid.NewGuid().ToString(),
        Reason = reason,
        Sequence = minute,
        SchemaVersion = 1,
    };

    private static string Programme(int version, int hold) =>
        $$$"""{"version":{{{version}}},"status":"Active","items":[{"itemId":"i1","exerciseName":"Bird-dog","dosage":{"sets":3,"holdSeconds":{{{hold}}},"loadKg":null}}]}""";
}
