using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Telehealth.Benchmarks.ReportPath;

/// <summary>
/// The "CPU/op" column: the benchmark process's user + system CPU time over the measured
/// iterations (every thread: the pool threads an async report continues on, the GC's), over the
/// operations they ran. BenchmarkDotNet's Mean is wall time, which a commit's fsync dominates.
/// </summary>
internal sealed class ProcessCpuDiagnoser : IDiagnoser
{
    public static readonly ProcessCpuDiagnoser Instance = new();

    private readonly Dictionary<BenchmarkCase, TimeSpan> _cpu = [];
    private TimeSpan _before;

    public IEnumerable<string> Ids => [nameof(ProcessCpuDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        switch (signal)
        {
            case HostSignal.BeforeActualRun:
                parameters.Process.Refresh();
                _before = parameters.Process.TotalProcessorTime;
                break;
            case HostSignal.AfterActualRun:
                parameters.Process.Refresh();
                _cpu[parameters.BenchmarkCase] = parameters.Process.TotalProcessorTime - _before;
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        var operations = results.Measurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .Sum(m => m.Operations);
        if (operations > 0 && _cpu.TryGetValue(results.BenchmarkCase, out var cpu))
        {
            yield return new Metric(CpuPerOperation.Descriptor, cpu.TotalNanoseconds / operations);
        }
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private sealed class CpuPerOperation : IMetricDescriptor
    {
        public static readonly CpuPerOperation Descriptor = new();

        public string Id => "ProcessCpuPerOperation";

        public string DisplayName => "CPU/op";

        public string Legend => "User + system CPU time of the whole process over the measured iterations, per operation";

        public string NumberFormat => "N0";

        public UnitType UnitType => UnitType.Time;

        public string Unit => "ns";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
