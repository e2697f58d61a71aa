using System.Diagnostics;
using Telehealth.Cli.Tests.Infrastructure;

namespace Telehealth.Cli.Tests.RealServices;

/// <summary>
/// Runs a command line again until its result shows what the services do once their events have
/// reached each other (a caseload learnt, a notification composed); fails saying what never came.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public static async Task<CliResult> RunAsync(CliRunner cli, Func<CliResult, bool> done, string what, RunningServices services, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var result = await cli.RunAsync(args);
            if (done(result))
            {
                return result;
            }
            if (clock.Elapsed > DefaultLimit)
            {
                Assert.Fail($"After {DefaultLimit.TotalSeconds} s, `telehealth {string.Join(' ', args)}` still did not show {what}. Its last result:\n{result}\n{services.Output()}");
            }
            await Task.Delay(Pause);
        }
    }
}
