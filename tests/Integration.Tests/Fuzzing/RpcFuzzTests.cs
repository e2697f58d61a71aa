using System.Diagnostics;
using Grpc.Core;
using Telehealth.Integration.Tests.Authorization;
using Telehealth.Integration.Tests.Support;
using Xunit.Abstractions;

namespace Telehealth.Integration.Tests.Fuzzing;

/// <summary>
/// Every RPC of every service, called with requests generated from its descriptor and corrupted on
/// the wire (see <see cref="FuzzCaseSource"/>), against the services as processes. One seed per run,
/// printed; FUZZ_SEED replays it and FUZZ_CASES makes the run longer.
/// </summary>
[Collection(ClinicalCollection.Name)]
public sealed class RpcFuzzTests(ClinicalSystem system, AuthorizationWorld world, ITestOutputHelper output) : IClassFixture<AuthorizationWorld>
{
    [Fact]
    public async Task Every_rpc_answers_fuzzed_requests_with_ok_or_a_documented_refusal_that_writes_nothing_and_no_service_crashes()
    {
        var settings = FuzzSettings.FromEnvironment();
        output.WriteLine(settings.ToString());
        var processes = await system.ServiceProcessesAsync();
        var tally = new FuzzTally();
        var findings = new List<FuzzFinding>();
        var clock = Stopwatch.StartNew();

        // In the rules' write order, so that what closes a programme or an appointment comes after what needs it open.
        foreach (var rpc in ServedRpcs.All.OrderBy(rpc => AccessRules.For(rpc)?.Order ?? WriteOrder.Anytime))
        {
            var source = new FuzzCaseSource(system, world, rpc, settings.RandomFor(rpc.ToString()));
            var rows = new RefusalWrites(system, rpc.Host);
            for (var number = 1; number <= settings.CasesPerRpc; number++)
            {
                var fuzzCase = await source.NextAsync(number);
                var before = rows.Count();
                var outcome = await RpcInvoker.CallRawAsync(ServiceChannels.For(system, rpc.Host), rpc.Method, fuzzCase.Body, fuzzCase.Caller.Headers);
                var writes = outcome.Code == StatusCode.OK ? [] : rows.ChangesSince(before);
                tally.Add(rpc, outcome.Code);
                findings.AddRange(FuzzVerdict.Problems(fuzzCase, outcome, writes).Select(problem => new FuzzFinding(rpc, fuzzCase, outcome, problem)));
            }
        }

        var figures = tally.Describe(clock.Elapsed);
        output.WriteLine(figures);
        var afterwards = await system.ServiceProcessesAsync();
        var restarted = processes.Where(process => afterwards[process.Key] != process.Value)
            .Select(process => $"{process.Key}: {process.Value} before, {afterwards[process.Key]} after")
            .ToList();
        Assert.True(findings.Count == 0 && restarted.Count == 0,
            $"{settings}\n{findings.Count} answer(s) out of {tally.Cases} were wrong:\n{string.Join('\n', findings)}\n" +
            $"Services that crashed or were restarted: {(restarted.Count == 0 ? "none" : string.Join("; ", restarted))}\n{figures}");
    }
}
