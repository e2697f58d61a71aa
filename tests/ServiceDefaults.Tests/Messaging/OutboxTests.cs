using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;
using Telehealth.Testing.Messaging;

namespace Telehealth.ServiceDefaults.Tests.Messaging;

/// <summary>Events committed with a change reach consumers exactly once, whatever crashes in between.</summary>
[Collection(BrokerCollection.Name)]
public sealed class OutboxTests(BrokerFixture broker)
{
    [Fact]
    public async Task Events_committed_by_a_process_killed_before_publishing_are_published_after_restart()
    {
        using var database = new TemporaryDatabase();
        const int count = 5;
        using (var writer = StartProbe("write", database.File, "amqp://guest:guest@127.0.0.1:1/", count.ToString()))
        {
            var line = await writer.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("committed", line);
            writer.Kill(entireProcessTree: true);
            await writer.WaitForExitAsync();
        }

        using var host = ProbeHost.Build(database.File, broker.Node.ConnectionString, Prefix());
        await host.StartAndWaitForBusAsync();
        try
        {
            await Eventually.TrueAsync(async () => await CountAsync(host, db => db.Received) == count, $"{count} notes were received");
            await Eventually.TrueAsync(async () => await CountAsync(host, db => db.Outbox.Where(m => m.SentAt == null)) == 0, "the outbox was emptied");
            Assert.Equal(count, await CountAsync(host, db => db.Notes));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_row_published_again_after_a_crash_is_handled_once()
    {
        using var database = new TemporaryDatabase();
        var prefix = Prefix();
        using (var first = ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix))
        {
            await first.StartAndWaitForBusAsync();
            try
            {
                await ProbeHost.AddNotesAsync(first.Services, [Guid.NewGuid()]);
                await Eventually.TrueAsync(async () => await CountAsync(first, db => db.Received) == 1, "the note was received");
                await Eventually.TrueAsync(async () => await CountAsync(first, db => db.Outbox.Where(m => m.SentAt == null)) == 0, "the row was marked sent");
                Assert.Equal(1, first.Services.GetRequiredService<HandlerCount>().Value);

                // As if the process died after the broker confirmed but before the row was marked sent.
                await using var scope = first.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Database.ExecuteSqlRawAsync("UPDATE outbox SET SentAt = NULL");
            }
            finally
            {
                await first.StopAsync();
            }
        }

        using var host = ProbeHost.Build(database.File, broker.Node.ConnectionString, prefix);
        var consumed = new ConsumeCounter();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        await host.StartAndWaitForBusAsync();
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(consumed.Finished<NoteAdded>() == 1), "the row published again reaching the consumer");
            await Eventually.TrueAsync(async () => await CountAsync(host, db => db.Outbox.Where(m => m.SentAt == null)) == 0, "the row marked sent again");

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var messageId = await scope.ServiceProvider.GetRequiredService<ProbeDbContext>().Outbox.Select(m => m.MessageId).SingleAsync();
                Assert.Null(consumed.Fault(messageId));
            }
            Assert.Equal(1, await CountAsync(host, db => db.Received));
            // The copy reached the consumer's inbox and was dropped there, not handled again.
            Assert.Equal(0, host.Services.GetRequiredService<HandlerCount>().Value);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_are_published_when_it_returns()
    {
        using var database = new TemporaryDatabase();
        using var host = ProbeHost.Build(database.File, broker.Node.ConnectionString, Prefix());
        await host.StartAndWaitForBusAsync();
        try
        {
            var before = Guid.NewGuid();
            await ProbeHost.AddNotesAsync(host.Services, [before]);
            await Eventually.TrueAsync(async () => await CountAsync(host, db => db.Received) == 1, "the first note was received");

            var during = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
            await broker.RestartAsync(async () =>
            {
                await ProbeHost.AddNotesAsync(host.Services, during);
                Assert.Equal(3, await CountAsync(host, db => db.Outbox.Where(m => m.SentAt == null)));
            });

            await Eventually.TrueAsync(async () => await CountAsync(host, db => db.Received) == 4, "the notes written during the outage were received", TimeSpan.FromSeconds(90));
            Assert.Equal(4, host.Services.GetRequiredService<HandlerCount>().Value);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static string Prefix() => "t" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<int> CountAsync<T>(IHost host, Func<ProbeDbContext, IQueryable<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDbContext>()).CountAsync();
    }

    private static Process StartProbe(params string[] arguments)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "Telehealth.ServiceDefaults.Tests.Probe.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(probe);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return Process.Start(info)!;
    }
}
