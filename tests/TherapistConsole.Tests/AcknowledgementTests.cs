using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Telehealth.Contracts.Notification.V1;
using Telehealth.TherapistConsole.Tests.Fakes;
using Telehealth.TherapistConsole.Tests.Support;

namespace Telehealth.TherapistConsole.Tests;

public sealed class AcknowledgementTests : PatientPageContext
{
    private const string Elsewhere = "b0000000-0000-4000-8000-00000000000b";

    public AcknowledgementTests()
    {
        // Two pages of the inbox, newest first: this patient's red flags among other notifications.
        Fake.Answer<ListNotificationsRequest, ListNotificationsResponse>("ListNotifications", request => request.BeforeCursor switch
        {
            0 => new ListNotificationsResponse
            {
                LatestCursor = 9,
                NextBeforeCursor = 7,
                Notifications = { RedFlag(9, Patient.ToString()), Routine(8), RedFlag(7, Elsewhere) },
            },
            _ => new ListNotificationsResponse
            {
                LatestCursor = 9,
                Notifications = { Acknowledged(RedFlag(5, Patient.ToString())), RedFlag(3, Patient.ToString()) },
            },
        });
    }

    [Fact]
    public void Alerts_waiting_for_acknowledgement_about_this_patient_are_listed_from_every_page_of_the_inbox()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Equal(["n9", "n3"], page.FindAll(".awaiting li").Select(item => item.GetAttribute("data-notification"))), Patience);
        Assert.Contains("Red flag reported", page.Find(".awaiting li").TextContent);
        Assert.Equal([0L, 7L], Fake.Requests<ListNotificationsRequest>("ListNotifications").Where(request => request.PageSize > 1).Select(request => request.BeforeCursor));
        // The inbox is asked about this patient only; the other patient's red flag above stands for a service that does not know the filter yet.
        Assert.All(Fake.Requests<ListNotificationsRequest>("ListNotifications").Where(request => request.PageSize > 1), request => Assert.Equal(Patient.ToString(), request.PatientId));
    }

    [Fact]
    public void An_acknowledged_alert_leaves_the_list_at_once()
    {
        Fake.Answer<AcknowledgeRequest, Notification>("Acknowledge", request => Acknowledged(RedFlag(9, Patient.ToString())));
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".awaiting li").Count), Patience);

        Button(page, "Acknowledge: Red flag reported", within: "li[data-notification=n9]").Click();

        page.WaitForAssertion(() => Assert.Equal(["n3"], page.FindAll(".awaiting li").Select(item => item.GetAttribute("data-notification"))), Patience);
        Assert.Equal("n9", Assert.Single(Fake.Requests<AcknowledgeRequest>("Acknowledge")).NotificationId);
        Assert.Contains("Acknowledged: Red flag reported", page.Find("#alerts-heading").ParentElement!.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public void A_refused_acknowledgement_is_said_and_the_alert_stays()
    {
        Fake.Fail("Acknowledge", Failures.Of(StatusCode.PermissionDenied, "notification_id: not yours"));
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".awaiting li").Count), Patience);

        Button(page, "Acknowledge: Red flag reported", within: "li[data-notification=n9]").Click();

        page.WaitForAssertion(() => Assert.Contains("This patient is not in your caseload.", page.Find("#alerts-heading").ParentElement!.QuerySelector("[role=alert]")!.TextContent), Patience);
        Assert.Equal(2, page.FindAll(".awaiting li").Count);
    }

    [Fact]
    public void The_page_stands_when_the_notification_service_is_out_of_reach()
    {
        Fake.Fail("ListNotifications", Failures.Of(StatusCode.Unavailable));

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("could not be read: The system is not answering just now.", page.Find("#alerts-heading").ParentElement!.TextContent), Patience);
        Assert.Contains("version 1", page.Find("#programme-heading").TextContent);
        Assert.Empty(page.FindAll(".awaiting"));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<Components.Pages.PatientPage> page, string label, string within) =>
        page.Find(within).QuerySelectorAll("fluent-button").Single(button => button.TextContent.Trim() == label);

    private static Notification RedFlag(long cursor, string patient) => new()
    {
        NotificationId = $"n{cursor}",
        Cursor = cursor,
        Kind = NotificationKind.RedFlag,
        Priority = Priority.Urgent,
        Title = "Red flag reported",
        Body = "New numbness in the saddle area.",
        PatientId = patient,
        CreatedAt = Timestamp.FromDateTimeOffset(Records.At.AddHours(-cursor)),
        RequiresAcknowledgement = true,
    };

    private static Notification Routine(long cursor) => new()
    {
        NotificationId = $"n{cursor}",
        Cursor = cursor,
        Kind = NotificationKind.ProgressionSuggested,
        Priority = Priority.Normal,
        Title = "Ready to progress",
        PatientId = Patient.ToString(),
        CreatedAt = Timestamp.FromDateTimeOffset(Records.At.AddHours(-cursor)),
    };

    private static Notification Acknowledged(Notification notification)
    {
        var acknowledged = notification.Clone();
        acknowledged.AcknowledgedAt = Timestamp.FromDateTimeOffset(Records.At);
        return acknowledged;
    }
}
