using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telehealth.ServiceDefaults.Persistence;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Persistence;

/// <summary>Two attempts at one request that run side by side: the first saved stands, and the other gets its answer.</summary>
public sealed class IdempotentRequestsTests() : WriterHostTest("idempotent-requests")
{
    private const string Method = "AddNote";

    private static readonly Guid Caller = Guid.NewGuid();

    [Fact]
    public async Task An_attempt_that_finds_the_request_saved_meanwhile_returns_the_first_answer_and_writes_nothing()
    {
        // Both attempts looked the request id up before either was saved, so both went ahead.
        await using var first = Host.Services.CreateAsyncScope();
        await using var second = Host.Services.CreateAsyncScope();
        var firstDb = Attempt(first, "request-1", "first answer");
        var secondDb = Attempt(second, "request-1", "second answer");

        Assert.Null(await firstDb.SaveUnlessAnsweredMeanwhileAsync("request-1", Method, Caller, StringValue.Parser, CancellationToken.None));
        var kept = await secondDb.SaveUnlessAnsweredMeanwhileAsync("request-1", Method, Caller, StringValue.Parser, CancellationToken.None);

        Assert.Equal("first answer", kept?.Value);
        Assert.Equal(1, await Host.CountNotesAsync());
        Assert.Empty(secondDb.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_save_that_fails_for_another_reason_still_fails_and_keeps_no_answer()
    {
        var taken = Guid.NewGuid();
        await Host.AddNoteAsync(taken);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        db.Notes.Add(new Note { Id = taken, Text = "again" });
        db.RememberAnswer("request-2", Method, Caller, new StringValue { Value = "answer" }, DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            db.SaveUnlessAnsweredMeanwhileAsync("request-2", Method, Caller, StringValue.Parser, CancellationToken.None));

        await using var check = Host.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<ProbeDbContext>()
            .FindAnswerAsync("request-2", Method, Caller, StringValue.Parser, CancellationToken.None));
    }

    private static ProbeDbContext Attempt(AsyncServiceScope scope, string requestId, string answer)
    {
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = answer });
        db.RememberAnswer(requestId, Method, Caller, new StringValue { Value = answer }, DateTimeOffset.UtcNow);
        return db;
    }
}
