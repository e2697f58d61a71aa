using Microsoft.EntityFrameworkCore;
using Telehealth.Contracts.Events.V1;

namespace Telehealth.Progress.Tests.Reports;

/// <summary>Reports that finish at the same moment are written together, and each is kept whole: the report, its answer and its events.</summary>
public sealed class ReportsSentTogetherTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReportScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task Reports_sent_at_once_are_each_kept_with_their_own_answer_and_events()
    {
        const int Flare = 5;
        var requests = Enumerable.Range(0, 12).Select(i => _scenario.Report(painBefore: 2, painAfter: i == Flare ? 6 : 3)).ToList();

        var answers = await Task.WhenAll(requests.Select(request => Task.Run(() => _scenario.SubmitAsync(request))));

        Assert.Equal(requests.Select(r => r.ReportId), answers.Select(a => a.ReportId));
        Assert.Equal([Flare], answers.Select((answer, i) => (answer, i)).Where(a => a.answer.TherapistAlerted).Select(a => a.i));
        var ids = requests.Select(r => Guid.Parse(r.ReportId)).ToList();
        Assert.Equal(ids.Count, await _scenario.QueryAsync(db => db.SessionReports.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(ids.Count, await _scenario.QueryAsync(db => db.ProcessedRequests.CountAsync()));
        Assert.Equal(ids.Count, await EventsAsync<SessionReported>());
        Assert.Equal(1, await EventsAsync<PainFlareDetected>());
        // A retry finds the answer that was written with the report.
        Assert.Equal(answers[Flare], await _scenario.SubmitAsync(requests[Flare]));
    }

    [Fact]
    public async Task A_report_sent_again_while_its_first_attempt_is_being_written_gets_the_first_answer()
    {
        var requests = Enumerable.Range(0, 6).Select(i => _scenario.Report(painBefore: 2, painAfter: i == 3 ? 6 : 3)).ToList();

        // The copies race to be written, often in the same group.
        await EachSentFourTimesAtOnceAsync(requests, request => request.ReportId, _scenario.SubmitAsync);

        var ids = requests.Select(r => Guid.Parse(r.ReportId)).ToList();
        Assert.Equal(ids.Count, await _scenario.QueryAsync(db => db.SessionReports.CountAsync(r => ids.Contains(r.Id))));
        Assert.Equal(ids.Count, await EventsAsync<SessionReported>());
    }

    [Fact]
    public async Task A_next_morning_check_sent_again_while_its_first_attempt_is_being_written_gets_the_first_answer()
    {
        var reports = Enumerable.Range(0, 4).Select(_ => _scenario.Report(painBefore: 2, painAfter: 3)).ToList();
        foreach (var report in reports)
        {
            await _scenario.SubmitAsync(report);
        }
        var checks = reports.Select((report, i) => _scenario.NextMorningCheck(report, pain: i == 0 ? 7 : 2)).ToList();

        // Every copy looks its id up before any is written.
        await EachSentFourTimesAtOnceAsync(checks, check => check.CheckId, _scenario.CheckAsync);

        Assert.Equal(checks.Count, await _scenario.QueryAsync(db => db.NextDayChecks.CountAsync()));
        Assert.Equal(1, await EventsAsync<PainFlareDetected>());
    }

    /// <summary>Sends each request four times at once, and checks that all copies of one request get the same answer.</summary>
    private static async Task EachSentFourTimesAtOnceAsync<TRequest, TResponse>(IEnumerable<TRequest> requests, Func<TRequest, string> idOf, Func<TRequest, Task<TResponse>> send)
    {
        var attempts = requests.SelectMany(request => Enumerable.Range(0, 4).Select(_ => (Id: idOf(request), Answer: Task.Run(() => send(request))))).ToList();
        await Task.WhenAll(attempts.Select(a => a.Answer));
        foreach (var copies in attempts.GroupBy(a => a.Id))
        {
            Assert.Single(copies.Select(c => c.Answer.Result).Distinct());
        }
    }

    /// <summary>Events of type <typeparamref name="TEvent"/> in the outbox.</summary>
    private async Task<int> EventsAsync<TEvent>()
    {
        var events = await _scenario.QueryAsync(db => db.Outbox.Select(m => m.MessageType).ToListAsync());
        return events.Count(type => type.StartsWith(typeof(TEvent).FullName + ",", StringComparison.Ordinal));
    }
}
