using BenchmarkDotNet.Running;
using Telehealth.Benchmarks.ReportPath;

// BenchmarkDotNet's run (wall time, CPU/op, allocations, ratio to the plain rows), then CPU per
// operation around a plain loop. "--loop-only" skips the first, "--loop N" sets the loop's length;
// other arguments go to BenchmarkDotNet (e.g. --filter '*flare*').
var loop = 500;
var loopOnly = false;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--loop" when i + 1 < args.Length && int.TryParse(args[i + 1], out var count) && count > 0:
            loop = count;
            i++;
            break;
        case "--loop-only":
            loopOnly = true;
            break;
        default:
            rest.Add(args[i]);
            break;
    }
}

try
{
    if (!loopOnly)
    {
        var summary = BenchmarkRunner.Run<ReportPathBenchmarks>(args: [.. rest]);
        if (summary.HasCriticalValidationErrors || summary.Reports.Length == 0 || summary.Reports.Any(r => !r.Success))
        {
            Console.Error.WriteLine("A benchmark failed or none ran: see the output above.");
            return 1;
        }
    }
    await CpuLoop.RunAsync(loop, warmup: 100);
    return 0;
}
finally
{
    ReportPath.DeleteSeededCopy();
}
