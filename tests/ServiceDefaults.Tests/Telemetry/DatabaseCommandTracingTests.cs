using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Telehealth.ServiceDefaults.Telemetry;
using Telehealth.ServiceDefaults.Tests.Probe;
using Telehealth.ServiceDefaults.Tests.Support;

namespace Telehealth.ServiceDefaults.Tests.Telemetry;

public sealed class DatabaseCommandTracingTests
{
    [Fact]
    public async Task Database_commands_become_spans_that_name_the_operation_and_not_the_data()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DatabaseCommandTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var tracing = DatabaseCommandTracing.Start();
        using var database = new TemporaryDatabase();
        await using var db = new ProbeDbContext(new DbContextOptionsBuilder<ProbeDbContext>().UseSqlite($"Data Source={database.File}").Options);
        await db.Database.EnsureCreatedAsync();

        using var parent = new Activity("report").Start();
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "pain 7 after bird-dog" });
        await db.SaveChangesAsync();
        await db.Notes.CountAsync();
        parent.Stop();

        var mine = spans.Where(s => s.TraceId == parent.TraceId).ToList();
        Assert.Contains(mine, s => s.DisplayName == "INSERT sqlite" && (string?)s.GetTagItem("db.system") == "sqlite");
        Assert.Contains(mine, s => s.DisplayName == "SELECT sqlite");
        Assert.All(mine, s => Assert.Equal(parent.SpanId, s.ParentSpanId));
        Assert.DoesNotContain(mine.SelectMany(s => s.Tags), tag => tag.Value?.Contains("pain") == true);
    }
}
