using Telehealth.Testing.Storage;
using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Storage;

/// <summary>
/// One row of every kind the notification database holds. Storage/Fixtures/notification-ef6.db holds
/// these rows as EF Core 6 wrote them; the same methods read them back, so a storage upgrade is
/// checked against what the old code stored.
/// </summary>
internal static class NotificationFixtureRows
{
    private static readonly Guid PatientId = Guid.Parse("a1b2c3d4-e5f6-4789-8abc-def012345678");
    private static readonly Guid TherapistId = Guid.Parse("b2c3d4e5-f607-489a-9bcd-ef0123456789");
    private static readonly Guid AlertId = Guid.Parse("c3d4e5f6-0718-49ab-acde-f0123456789a");
    private static readonly Guid ReminderId = Guid.Parse("d4e5f607-1829-4abc-bdef-0123456789ab");
    private static readonly Guid FlareEventId = Guid.Parse("e5f60718-293a-4bcd-8ef0-123456789abc");
    private static readonly Guid ReminderEventId = Guid.Parse("f6071829-3a4b-4cde-9f01-23456789abcd");
    private static readonly Guid EmailDeliveryId = Guid.Parse("07182930-4b5c-4def-a012-3456789abcde");
    private static readonly Guid WebhookDeliveryId = Guid.Parse("1829304a-5c6d-4ef0-b123-456789abcdef");
    private static readonly Guid DigestId = Guid.Parse("29304a5b-6d7e-4f01-8234-56789abcdef0");
    private static readonly Guid InAppDeliveryId = Guid.Parse("304a5b6c-7e8f-4012-9345-6789abcdef01");
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(NotificationDbContext db)
    {
        db.Recipients.AddRange(Recipients());
        db.Notifications.AddRange(Notifications());
        db.Deliveries.AddRange(Deliveries());
        db.DeliveryAttempts.AddRange(Attempts());
        ServiceRows().Write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Reads every row back and checks it holds what <see cref="WriteAsync"/> stored.</summary>
    public static async Task AssertStoredAsync(NotificationDbContext db)
    {
        AssertRows(Recipients(), await db.Recipients.AsNoTracking().ToListAsync(), r => r.Id);
        AssertRows(Notifications(), await db.Notifications.AsNoTracking().ToListAsync(), n => n.Id);
        // Attempts are compared on their own: their ids are the database's.
        AssertRows(Deliveries(), await db.Deliveries.AsNoTracking().ToListAsync(), d => d.Id, nameof(NotificationDelivery.AttemptLog));
        AssertRows(Attempts(), await db.DeliveryAttempts.AsNoTracking().ToListAsync(), a => (a.DeliveryId, a.Number), nameof(DeliveryAttempt.Id));

        // The worker's query for deliveries due still compares and orders the stored instants.
        var due = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channel.Email && d.State == DeliveryState.Pending && d.NextAttemptAt <= Start.AddHours(2))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .ToListAsync();
        Assert.Equal(
            Deliveries().Where(d => d.Channel == Channel.Email && d.State == DeliveryState.Pending && d.NextAttemptAt <= Start.AddHours(2)).OrderBy(d => d.NextAttemptAt).Select(d => d.Id),
            due);
        var withAttempts = await db.Deliveries.AsNoTracking().Include(d => d.AttemptLog).SingleAsync(d => d.Id == EmailDeliveryId);
        Assert.Equal([1, 2], withAttempts.AttemptLog.Select(a => a.Number).Order());

        await ServiceRows().AssertStoredAsync(db);
    }

    private static void AssertRows<T, TKey>(List<T> expected, List<T> actual, Func<T, TKey> key, params string[] ignored)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var row in expected)
        {
            RowAssert.Same(row, actual.Single(a => Equals(key(a), key(row))), ignored);
        }
    }

    private static List<Recipient> Recipients() =>
    [
        new()
        {
            Id = PatientId, Role = "patient", EmailEnabled = true, Email = "patient@example.org", TimeZone = "Europe/London",
            QuietStart = "22:00", QuietEnd = "07:00", LastSequence = 2, CreatedAt = Start.AddDays(-7), PreferencesUpdatedAt = Start.AddDays(-6),
        },
        new()
        {
            Id = TherapistId, Role = "therapist", WebhookEnabled = true, WebhookUrl = "https://clinic.example.org/hooks/telehealth", TimeZone = "America/New_York",
            LastSequence = 1, CreatedAt = new DateTimeOffset(2026, 10, 1, 8, 30, 0, 250, TimeSpan.FromHours(-4)),
        },
    ];

    private static List<StoredNotification> Notifications() =>
    [
        new()
        {
            Id = AlertId, RecipientId = TherapistId, Sequence = 1, Kind = NotificationKind.PainFlare, Priority = Priority.Urgent,
            Title = "Pain flare", Body = "Pain rose from 3 to 6 during the session", PatientId = PatientId,
            SourceEventId = FlareEventId, SourceEventType = nameof(PainFlareDetected), CreatedAt = Start,
            RequiresAcknowledgement = true, EscalateAt = Start.AddHours(4), EscalatedAt = Start.AddHours(4).AddSeconds(1.5),
        },
        new()
        {
            Id = ReminderId, RecipientId = PatientId, Sequence = 2, Kind = NotificationKind.SessionReminder, Priority = Priority.Normal,
            Title = "Time for your exercises", Body = "Your session starts at 18:15", PatientId = PatientId,
            SourceEventId = ReminderEventId, SourceEventType = nameof(SessionReminderDue), CreatedAt = Start.AddHours(1), ReadAt = Start.AddHours(1.5),
        },
    ];

    private static List<NotificationDelivery> Deliveries() =>
    [
        new()
        {
            Id = InAppDeliveryId, NotificationId = ReminderId, RecipientId = PatientId, Channel = Channel.InApp, Purpose = DeliveryPurpose.Direct,
            Priority = Priority.Normal, Audience = Audience.Patient, Address = "inbox", Subject = "Time for your exercises", State = DeliveryState.Delivered,
            CreatedAt = Start.AddHours(1), DueAt = Start.AddHours(1), NextAttemptAt = Start.AddHours(1), DeliveredAt = Start.AddHours(1), SourceEventId = ReminderEventId,
        },
        new()
        {
            Id = EmailDeliveryId, NotificationId = ReminderId, RecipientId = PatientId, Channel = Channel.Email, Purpose = DeliveryPurpose.Direct,
            Priority = Priority.Normal, Audience = Audience.Patient, Address = "patient@example.org", Subject = "A reminder from your care team",
            Body = "Open the app to see what is due.", State = DeliveryState.Pending, CreatedAt = Start.AddHours(1), DueAt = Start.AddHours(1),
            NextAttemptAt = Start.AddHours(1.25), Attempts = 2, LastError = "smtp 451", SourceEventId = ReminderEventId, Revision = 4,
        },
        new()
        {
            Id = WebhookDeliveryId, NotificationId = AlertId, RecipientId = TherapistId, Channel = Channel.Webhook, Purpose = DeliveryPurpose.Escalation,
            Priority = Priority.Urgent, Audience = Audience.Therapist, Address = "https://clinic.example.org/hooks/telehealth", Subject = "An alert needs you",
            Body = "Open the app to see it.", State = DeliveryState.Failed, CreatedAt = Start.AddHours(4), DueAt = Start.AddHours(4),
            NextAttemptAt = Start.AddHours(4), Attempts = 1, FailedAt = Start.AddHours(4).AddSeconds(3), LastError = "http 410", SourceEventId = FlareEventId, Revision = 2,
        },
        new()
        {
            Id = DigestId, RecipientId = PatientId, Channel = Channel.Email, Purpose = DeliveryPurpose.Digest, Priority = Priority.Normal,
            Audience = Audience.Patient, Address = "patient@example.org", Subject = "2 updates from your care team", Body = "Open the app to read them.",
            State = DeliveryState.Held, CreatedAt = Start.AddHours(13), DueAt = Start.AddHours(22), NextAttemptAt = Start.AddHours(22), DigestCount = 2, Revision = 2,
        },
        new()
        {
            Id = Guid.Parse("4a5b6c7d-8f90-4123-a456-789abcdef012"), NotificationId = ReminderId, RecipientId = PatientId, Channel = Channel.Email,
            Purpose = DeliveryPurpose.Direct, Priority = Priority.Low, Audience = Audience.Patient, Address = "patient@example.org", State = DeliveryState.Digested,
            CreatedAt = Start.AddHours(13), DueAt = Start.AddHours(22), NextAttemptAt = Start.AddHours(22), DigestId = DigestId, SourceEventId = ReminderEventId, Revision = 1,
        },
    ];

    private static List<DeliveryAttempt> Attempts() =>
    [
        new() { DeliveryId = EmailDeliveryId, Number = 1, StartedAt = Start.AddHours(1), FinishedAt = Start.AddHours(1).AddSeconds(0.75), Outcome = AttemptOutcome.TransientFailure, Error = "smtp 451" },
        new() { DeliveryId = EmailDeliveryId, Number = 2, StartedAt = Start.AddHours(1.1), Outcome = AttemptOutcome.InProgress },
        new() { DeliveryId = WebhookDeliveryId, Number = 1, StartedAt = Start.AddHours(4), FinishedAt = Start.AddHours(4).AddSeconds(3), Outcome = AttemptOutcome.PermanentFailure, Error = "http 410" },
    ];

    private static ServiceFixtureRows ServiceRows() => new()
    {
        SentEvent = new NotificationDelivered(ReminderId, PatientId, "in_app", ReminderEventId, Start.AddHours(1)),
        WaitingEvent = new NotificationFailed(AlertId, TherapistId, "webhook", FlareEventId, "http 410", Start.AddHours(4).AddSeconds(3)),
        HandledMessageId = FlareEventId,
        Consumer = "Telehealth.Notification.Events.PainFlareDetectedConsumer",
        RequestMethod = "SetPreferences",
        CallerId = PatientId,
        Audit = new(PatientId, "patient:" + PatientId, new("preferences.updated", typeof(EmailSnapshot), SchemaVersion: 1), PatientId)
        {
            Before = new EmailSnapshot(false),
            After = new EmailSnapshot(true),
        },
        At = Start.AddDays(-6),
    };


    /// <summary>A snapshot in the shape the fixture's audit record was written with.</summary>
    private sealed record EmailSnapshot(bool EmailEnabled);
}
