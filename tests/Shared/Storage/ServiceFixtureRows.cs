using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Testing.Storage;

/// <summary>
/// Rows for the tables every service's database has: an outbox row sent and one still waiting,
/// an inbox row, a processed request and an audit record.
/// </summary>
internal sealed class ServiceFixtureRows
{
    private const string RequestId = "fixture-request-1";

    public required object SentEvent { get; init; }

    public required object WaitingEvent { get; init; }

    public required Guid HandledMessageId { get; init; }

    public required string Consumer { get; init; }

    public required string RequestMethod { get; init; }

    public required Guid CallerId { get; init; }

    public required AuditEntry Audit { get; init; }

    public required DateTimeOffset At { get; init; }

    private StringValue Answer => new() { Value = "answered at " + At.ToString("O") };

    private static readonly System.Text.Json.JsonSerializerOptions PublishedJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public void Write(ServiceDbContext db)
    {
        foreach (var message in OutboxMessages())
        {
            db.Outbox.Add(message);
        }
        db.Inbox.Add(new InboxMessage(HandledMessageId, Consumer, At));
        db.RememberAnswer(RequestId, RequestMethod, CallerId, Answer, At);
        db.RecordAudit(Audit, At);
    }

    public async Task AssertStoredAsync(ServiceDbContext db)
    {
        var expectedOutbox = OutboxMessages();
        var outbox = await db.Outbox.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(expectedOutbox.Count, outbox.Count);
        foreach (var (expected, actual) in expectedOutbox.Zip(outbox))
        {
            Assert.Equal(expected.MessageType, actual.MessageType);
            // Read as the publisher reads it: a row written before the event gained a field still
            // goes out as today's event, with that field at its default.
            var type = System.Type.GetType(actual.MessageType, throwOnError: true)!;
            var asPublished = System.Text.Json.JsonSerializer.Deserialize(actual.Payload, type, PublishedJson);
            Assert.Equal(expected.Payload, System.Text.Json.JsonSerializer.Serialize(asPublished, type, PublishedJson));
            RowAssert.SameInstant(expected.OccurredAt, actual.OccurredAt);
            RowAssert.SameInstant(expected.SentAt, actual.SentAt);
            Assert.Equal(expected.Attempts, actual.Attempts);
            Assert.NotEqual(Guid.Empty, actual.MessageId);
        }
        Assert.Equal(outbox.Count, outbox.Select(m => m.MessageId).Distinct().Count());

        var inbox = Assert.Single(await db.Inbox.AsNoTracking().ToListAsync());
        Assert.Equal(HandledMessageId, inbox.MessageId);
        Assert.Equal(Consumer, inbox.Consumer);
        RowAssert.SameInstant(At, inbox.HandledAt);

        var processed = Assert.Single(await db.ProcessedRequests.AsNoTracking().ToListAsync());
        RowAssert.SameInstant(At, processed.ProcessedAt);
        Assert.Equal(Answer, await db.FindAnswerAsync(RequestId, RequestMethod, CallerId, StringValue.Parser, CancellationToken.None));

        var audit = Assert.Single(await db.AuditTrail.AsNoTracking().ToListAsync());
        Assert.Equal(Audit.PatientId, audit.PatientId);
        Assert.Equal(Audit.Actor, audit.Actor);
        Assert.Equal(Audit.Action.Name, audit.Action);
        // Records written before schema versions existed are all of the first version.
        Assert.Equal(Audit.Action.SchemaVersion, audit.SchemaVersion);
        Assert.Equal(Audit.SubjectId, audit.SubjectId);
        Assert.Equal(Audit.Reason, audit.Reason);
        Assert.Equal(AuditSnapshot.ToJson(Audit.Before), audit.Before);
        Assert.Equal(AuditSnapshot.ToJson(Audit.After), audit.After);
        RowAssert.SameInstant(At.ToUniversalTime(), audit.OccurredAt);
    }

    private List<OutboxMessage> OutboxMessages()
    {
        var sent = OutboxMessage.For(SentEvent, At.AddSeconds(-1));
        sent.MarkSent(At);
        var waiting = OutboxMessage.For(WaitingEvent, At);
        waiting.MarkFailedAttempt();
        return [sent, waiting];
    }
}
