using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// Each therapist prescribes a programme from a built-in template (taken in turn) for each of
/// their patients; then the benchmark waits until progress and scheduling have heard of them all
/// (they learn from ProgrammePrescribed events, so SubmitSessionReport answers NOT_FOUND until then).
/// </summary>
public static class Setup
{
    public static async Task<SetupResult> RunAsync(RunningSystem system, Population population, LoadSettings settings, Output output)
    {
        var first = population.Therapists[0];
        var templates = (await Rpc.CallUntilDoneAsync("ListTemplates", options => system.Prescription(0).ListTemplatesAsync(new ListTemplatesRequest(), options), first.Caller)).Templates;
        if (templates.Count == 0)
        {
            throw new InvalidOperationException("prescription lists no templates");
        }

        var clock = Stopwatch.StartNew();
        var done = 0;
        using (output.Every(TimeSpan.FromSeconds(10), () => $"  prescribed {Volatile.Read(ref done):N0}/{population.Patients.Count:N0}"))
        {
            await PrescribeAllAsync(system, population, settings, templates, () => Interlocked.Increment(ref done));
        }
        var prescribed = clock.Elapsed;
        output.Line($"  {population.Patients.Count:N0} programmes prescribed in {prescribed.TotalSeconds:F1} s ({population.Patients.Count / prescribed.TotalSeconds:F0}/s)");

        // Consumers take messages a few at a time, roughly in order: once the last patient of every
        // therapist is known, the others are too (a straggler would show as NOT_FOUND in the figures).
        var probes = population.Therapists
            .Select(t => population.Patients.Last(p => p.Therapist == t))
            .ToList();
        await Task.WhenAll(probes.Select(async patient =>
        {
            var wait = TimeSpan.FromMinutes(10);
            await Rpc.CallUntilDoneAsync("GetPatientSummary", options => system.Progress(patient.Index).GetPatientSummaryAsync(
                new GetPatientSummaryRequest { PatientId = patient.Caller.IdText }, options), patient.Therapist.Caller, waitWhileNotFound: wait);
            var until = DateTime.UtcNow + wait;
            while (true)
            {
                var plan = await Rpc.CallUntilDoneAsync("GetPatientPlan", options => system.Scheduling(patient.Index).GetPatientPlanAsync(
                    new GetPatientPlanRequest
                    {
                        PatientId = patient.Caller.IdText,
                        From = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
                        To = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)),
                    }, options), patient.Therapist.Caller, waitWhileNotFound: wait);
                if (plan.Sessions.Count > 0 || DateTime.UtcNow > until)
                {
                    break;
                }
                await Task.Delay(500);
            }
        }));
        var known = clock.Elapsed;
        output.Line($"  progress and scheduling know every programme after {known.TotalSeconds:F1} s");
        return new SetupResult(population.Patients.Count / prescribed.TotalSeconds, population.Patients.Count / known.TotalSeconds, templates.Count);
    }

    private static Task PrescribeAllAsync(RunningSystem system, Population population, LoadSettings settings, IList<ProgrammeTemplate> templates, Action onDone) =>
        Parallel.ForEachAsync(population.Patients, new ParallelOptions { MaxDegreeOfParallelism = settings.SetupConcurrency }, async (patient, _) =>
        {
            var template = templates[patient.Index % templates.Count];
            var request = new PrescribeProgrammeRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                PatientId = patient.Caller.IdText,
                TemplateId = template.TemplateId,
                Reason = "Initial assessment: chronic low back pain; starting the clinic's home programme.",
            };
            var programme = await Rpc.CallUntilDoneAsync("PrescribeProgramme", options => system.Prescription(patient.Index).PrescribeProgrammeAsync(request, options), patient.Therapist.Caller);
            patient.Prescribed(programme);
            onDone();
        });
}

/// <param name="PrescribedPerSecond">PrescribeProgramme calls answered per second.</param>
/// <param name="KnownPerSecond">Programmes per second until progress and scheduling had consumed them all.</param>
public sealed record SetupResult(double PrescribedPerSecond, double KnownPerSecond, int Templates);
