using BenchmarkDotNet.Attributes;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// One session report through progress's use case, from the request to the commit: validation,
/// the programme and history reads, the rules, the report, audit, answer and outbox rows in one
/// transaction. The baseline writes a good report's rows with plain prepared commands: the floor.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReportPathConfig))]
public class ReportPathBenchmarks
{
    private ReportPath _path = null!;

    [GlobalSetup]
    public async Task SetUpAsync() => _path = await ReportPath.CreateAsync();

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _path.DisposeAsync();

    /// <summary>Every flare of an iteration is its patient's first at this dose, so it suggests an easier one.</summary>
    [IterationSetup(Target = nameof(SubmitSessionReport_flare))]
    public void ForgetSuggestions() => _path.ForgetRegressionSuggestionsAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "plain rows (floor)")]
    public void PlainRows() => _path.WritePlainRows();

    [Benchmark]
    public Task SubmitSessionReport() => _path.SubmitGoodSessionAsync();

    [Benchmark]
    public Task SubmitSessionReport_flare() => _path.SubmitFlareAsync();
}
