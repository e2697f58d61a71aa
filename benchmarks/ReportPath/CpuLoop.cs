using System.Diagnostics;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// CPU per operation around a plain loop, outside BenchmarkDotNet: on a fresh copy of the seeded
/// database, each operation is warmed up, then run <c>count</c> times in a row while the process's
/// user + system CPU time (and the system part alone: the kernel's side of SQLite's writes and
/// fsyncs), the wall time and the bytes allocated are taken before and after.
/// </summary>
internal static class CpuLoop
{
    public static async Task RunAsync(int count, int warmup)
    {
        Console.WriteLine();
        Console.WriteLine($"CPU per operation, plain loop of {count} after {warmup} to warm up, on a fresh copy of the seeded database:");
        await using var path = await ReportPath.CreateAsync();
        var operations = new (string Name, Func<Task> Run)[]
        {
            ("plain rows (floor)", () => { path.WritePlainRows(); return Task.CompletedTask; }),
            ("SubmitSessionReport", () => path.SubmitGoodSessionAsync()),
            ("SubmitSessionReport_flare", () => path.SubmitFlareAsync()),
        };
        double? floor = null;
        Console.WriteLine($"{"operation",-27} {"CPU µs/op",10} {"of it system",13} {"wall µs/op",11} {"alloc KB/op",12} {"GCs 0/1/2 per 1k",17} {"CPU/floor",10}");
        foreach (var (name, run) in operations)
        {
            for (var i = 0; i < warmup; i++)
            {
                await run();
            }
            if (name.EndsWith("_flare", StringComparison.Ordinal))
            {
                // Warm-up flares were of other patients; the measured ones are each patient's first.
                await path.ForgetRegressionSuggestionsAsync();
            }
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var systemBefore = process.PrivilegedProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                await run();
            }
            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / count;
            var system = (process.PrivilegedProcessorTime - systemBefore).TotalMicroseconds / count;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / count;
            // Collections of each generation per thousand operations (a gen0 count includes the
            // older generations' collections, as the runtime counts them).
            var collections = string.Join('/', Enumerable.Range(0, 3).Select(g => ((GC.CollectionCount(g) - collectionsBefore[g]) * 1000.0 / count).ToString("N0")));
            floor ??= cpu;
            Console.WriteLine($"{name,-27} {cpu,10:N0} {system,13:N0} {clock.Elapsed.TotalMicroseconds / count,11:N0} {allocated,12:N1} {collections,17} {cpu / floor,10:N2}");
        }
        Console.WriteLine(
            $"flares wrote {await path.CountAsync("alerts")} alerts and {await path.CountAsync("suggestions")} regression suggestions; " +
            $"the outbox holds {await path.CountAsync("outbox")} events");
    }
}
