using System.Collections.Concurrent;
using System.Diagnostics;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// Patients submit session reports and read their programme at a fixed offered rate (open loop:
/// a slow answer does not slow the next request down), first for the warm-up, then for the
/// measured window. In the window a share of reports are pain flares, timed to the therapist's
/// Subscribe stream. CPU is counted from the start of the window until the services are quiet
/// again after it, so the events a report causes downstream are paid for by that report.
/// </summary>
public sealed class LoadPhase
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly RunningSystem _system;
    private readonly Population _population;
    private readonly LoadSettings _settings;
    private readonly AlertWatcher _alerts;
    private readonly ConcurrentQueue<SimulatedPatient> _flarePool;
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentDictionary<string, int> _retried = new();
    private int _inFlight;
    private int _readsInFlight;
    private long _windowStart = long.MaxValue;
    private long _windowEnd = long.MaxValue;
    private int _reportsInWindow;
    private int _readsInWindow;
    private int _reportsSinceWindow;
    private int _flaresSent;
    private int _flaresNotAlerted;
    private long _maxBehind;

    private LoadPhase(RunningSystem system, Population population, LoadSettings settings, AlertWatcher alerts)
    {
        _system = system;
        _population = population;
        _settings = settings;
        _alerts = alerts;
        var random = new Random(settings.Seed);
        _flarePool = new ConcurrentQueue<SimulatedPatient>(population.Patients.OrderBy(_ => random.Next()));
    }

    public Latencies ReportLatency { get; } = new();

    /// <summary>The flares' own answers: how long a flare took to be taken, before its alert's trip downstream.</summary>
    public Latencies FlareReportLatency { get; } = new();

    public Latencies ReadLatency { get; } = new();

    public static async Task<LoadResult> RunAsync(RunningSystem system, Population population, LoadSettings settings, ProcessMeter meter, Output output)
    {
        var lifetime = settings.Warmup + settings.Duration + settings.AlertWait + TimeSpan.FromMinutes(10);
        await using var alerts = await AlertWatcher.StartAsync(system, population, lifetime);
        output.Line($"  {population.Therapists.Count} therapists subscribed to their notifications");
        var phase = new LoadPhase(system, population, settings, alerts);
        var offered = settings.Rate > 0 ? $"{settings.Rate:N0} reports/s and {settings.Rate * settings.ReadsPerReport:N0} reads/s" : $"as fast as {settings.MaxInFlight} callers go";

        if (settings.Warmup > TimeSpan.Zero)
        {
            output.Line($"  warm-up: {offered} for {settings.Warmup.TotalSeconds:F0} s");
            await phase.DriveAsync(settings.Warmup, measured: false);
        }

        output.Line($"  measuring: {offered} for {settings.Duration.TotalSeconds:F0} s, {settings.FlarePercent:G}% pain flares");
        var cpuBefore = meter.CpuSeconds();
        phase._windowStart = Stopwatch.GetTimestamp();
        phase._windowEnd = phase._windowStart + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
        using (output.Every(TimeSpan.FromSeconds(10), () => $"  {Volatile.Read(ref phase._reportsInWindow):N0} reports, {phase._inFlight} reports and {phase._readsInFlight} reads in flight, {phase._alerts.Latency.Count:N0} alerts"))
        {
            await phase.DriveAsync(settings.Duration, measured: true);
        }
        var drain = Stopwatch.StartNew();
        while (Volatile.Read(ref phase._inFlight) + Volatile.Read(ref phase._readsInFlight) > 0 && drain.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }
        var lost = await alerts.DrainAsync(settings.AlertWait);
        var (_, quiet) = await meter.SettleAsync(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(3), only: RunningSystem.ServiceNames);
        var cpuAfter = meter.CpuSeconds();
        output.Line($"  window over; alerts in ({lost} lost); services quiet {drain.Elapsed.TotalSeconds:F0} s after the window{(quiet ? "" : " (not quite: gave up waiting)")}");

        return new LoadResult(
            settings.Duration,
            phase._reportsInWindow,
            phase._readsInWindow,
            phase._reportsSinceWindow,
            phase.ReportLatency,
            phase.ReadLatency,
            alerts.Latency,
            phase.FlareReportLatency,
            alerts.AfterAnswer,
            phase._flaresSent,
            phase._flaresNotAlerted,
            lost,
            alerts.Unmatched,
            alerts.StreamFailures,
            alerts.Kinds.ToDictionary(k => k.Key.ToString(), k => k.Value),
            phase._errors.ToDictionary(e => e.Key, e => e.Value),
            phase._retried.ToDictionary(e => e.Key, e => e.Value),
            phase._maxBehind,
            drain.Elapsed,
            quiet,
            cpuAfter.ToDictionary(c => c.Key, c => c.Value - cpuBefore.GetValueOrDefault(c.Key)));
    }

    private Task DriveAsync(TimeSpan length, bool measured) =>
        _settings.Rate > 0 ? PaceAsync(length, measured) : ClosedLoopAsync(length, measured);

    /// <summary>Open loop: starts each call when the schedule says, whatever the answers before it.</summary>
    private async Task PaceAsync(TimeSpan length, bool measured)
    {
        var start = Stopwatch.GetTimestamp();
        long reports = 0, reads = 0;
        var readRate = _settings.Rate * _settings.ReadsPerReport;
        var flareEvery = _settings.FlarePercent > 0 ? 100 / _settings.FlarePercent : double.PositiveInfinity;
        double nextFlare = flareEvery / 2;
        while (Stopwatch.GetElapsedTime(start) is var elapsed && elapsed < length)
        {
            var dueReports = (long)(_settings.Rate * elapsed.TotalSeconds);
            while (reports < dueReports && Volatile.Read(ref _inFlight) < _settings.MaxInFlight)
            {
                reports++;
                // Flares spread evenly through the window: report k is one when k passes the next mark.
                var flare = measured && reports >= nextFlare;
                if (flare)
                {
                    nextFlare += flareEvery;
                }
                Start(() => SubmitAsync(measured, flare));
            }
            var dueReads = (long)(readRate * elapsed.TotalSeconds);
            while (reads < dueReads && Volatile.Read(ref _readsInFlight) < _settings.MaxInFlight)
            {
                reads++;
                StartRead(() => ReadAsync(measured));
            }
            var behind = Math.Max(dueReports - reports, dueReads - reads);
            if (measured && behind > _maxBehind)
            {
                _maxBehind = behind;
            }
            await Task.Delay(1);
        }
    }

    /// <summary>RATE=0: MaxInFlight callers, each sending its next report as soon as the last is answered.</summary>
    private async Task ClosedLoopAsync(TimeSpan length, bool measured)
    {
        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var flareChance = measured ? _settings.FlarePercent / 100 : 0;
        await Task.WhenAll(Enumerable.Range(0, _settings.MaxInFlight).Select(async _ =>
        {
            var readCredit = 0.0;
            while (Stopwatch.GetTimestamp() < until)
            {
                Interlocked.Increment(ref _inFlight);
                await SubmitAsync(measured, Random.Shared.NextDouble() < flareChance);
                for (readCredit += _settings.ReadsPerReport; readCredit >= 1; readCredit--)
                {
                    Interlocked.Increment(ref _readsInFlight);
                    await ReadAsync(measured);
                }
            }
        }));
    }

    private void Start(Func<Task> call)
    {
        Interlocked.Increment(ref _inFlight);
        _ = call();
    }

    private void StartRead(Func<Task> call)
    {
        Interlocked.Increment(ref _readsInFlight);
        _ = call();
    }

    private async Task SubmitAsync(bool measured, bool flare)
    {
        await Task.Yield();
        SimulatedPatient? patient = null;
        if (flare && !_flarePool.TryDequeue(out patient))
        {
            flare = false; // every patient has flared once already
        }
        patient ??= _population.Patients[Random.Shared.Next(_population.Patients.Count)];
        var request = patient.NewReport(flare);
        if (flare)
        {
            _alerts.Expect(patient.Caller.IdText);
            Interlocked.Increment(ref _flaresSent);
        }
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var response = await PatientAppRetries.CallAsync(
                options => _system.Progress(patient.Index).SubmitSessionReportAsync(request, options), patient.Caller, CallTimeout, () => Retried("SubmitSessionReport"));
            var answered = Stopwatch.GetTimestamp();
            if (measured)
            {
                ReportLatency.Add(Stopwatch.GetElapsedTime(sent, answered));
                if (flare)
                {
                    FlareReportLatency.Add(Stopwatch.GetElapsedTime(sent, answered));
                    _alerts.Answered(patient.Caller.IdText, answered);
                }
            }
            if (InWindow(answered))
            {
                Interlocked.Increment(ref _reportsInWindow);
            }
            if (answered >= _windowStart)
            {
                Interlocked.Increment(ref _reportsSinceWindow);
            }
            if (flare && !response.TherapistAlerted)
            {
                Interlocked.Increment(ref _flaresNotAlerted);
            }
        }
        catch (RpcException rpc)
        {
            _errors.AddOrUpdate($"SubmitSessionReport {rpc.StatusCode}", 1, (_, n) => n + 1);
            // After a deadline or a lost connection the report may still have been taken: its alert may come.
            if (flare && rpc.StatusCode is not (StatusCode.DeadlineExceeded or StatusCode.Cancelled or StatusCode.Unavailable or StatusCode.Unknown))
            {
                _alerts.Forget(patient.Caller.IdText);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ReadAsync(bool measured)
    {
        await Task.Yield();
        var patient = _population.Patients[Random.Shared.Next(_population.Patients.Count)];
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var request = new GetActiveProgrammeRequest { PatientId = patient.Caller.IdText };
            await PatientAppRetries.CallAsync(
                options => _system.Prescription(patient.Index).GetActiveProgrammeAsync(request, options), patient.Caller, CallTimeout, () => Retried("GetActiveProgramme"));
            var answered = Stopwatch.GetTimestamp();
            if (measured)
            {
                ReadLatency.Add(Stopwatch.GetElapsedTime(sent, answered));
            }
            if (InWindow(answered))
            {
                Interlocked.Increment(ref _readsInWindow);
            }
        }
        catch (RpcException rpc)
        {
            _errors.AddOrUpdate($"GetActiveProgramme {rpc.StatusCode}", 1, (_, n) => n + 1);
        }
        finally
        {
            Interlocked.Decrement(ref _readsInFlight);
        }
    }

    private void Retried(string method) => _retried.AddOrUpdate(method, 1, (_, n) => n + 1);

    private bool InWindow(long timestamp) => timestamp >= _windowStart && timestamp < _windowEnd;
}

public sealed record LoadResult(
    TimeSpan Window,
    int Reports,
    int Reads,
    int ReportsCharged,
    Latencies ReportLatency,
    Latencies ReadLatency,
    Latencies AlertLatency,
    Latencies FlareReportLatency,
    Latencies AlertAfterAnswer,
    int FlaresSent,
    int FlaresNotAlerted,
    int AlertsLost,
    int AlertsUnmatched,
    int StreamFailures,
    Dictionary<string, int> NotificationKinds,
    Dictionary<string, int> Errors,
    Dictionary<string, int> RetriedAfterRefusal,
    long MaxBehind,
    TimeSpan Drain,
    bool Quiet,
    Dictionary<string, double> CpuSeconds);
