using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// Short enough for a shared 2-core machine: in this process (no generated project to build),
/// a fixed 100 reports per iteration, 3 warm-up and 10 measured iterations. A report costs
/// milliseconds, so one call per invocation (no unrolling) and no forced collections between
/// iterations: the collections a report causes belong to its cost.
/// </summary>
internal sealed class ReportPathConfig : ManualConfig
{
    public const int InvocationCount = 100;
    public const int WarmupCount = 3;
    public const int IterationCount = 10;

    public ReportPathConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupCount)
            .WithIterationCount(IterationCount)
            .WithInvocationCount(InvocationCount)
            .WithUnrollFactor(1)
            .WithGcForce(false)
            .WithId("ReportPath"));
        AddDiagnoser(ProcessCpuDiagnoser.Instance);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
        WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond));
    }
}
