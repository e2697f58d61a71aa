using Google.Protobuf.Reflection;
using Telehealth.Progress.Rules;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Progress.V1;

namespace Telehealth.Progress.Reports;

internal static class UrgentReports
{
    /// <summary>
    /// Session reports and next-morning checks that may alert the therapist (<see cref="AlertTriage"/>)
    /// are let in from turns of their own while routine calls wait: on a busy evening a flare reaches
    /// the therapist's screen without queueing behind every other report.
    /// </summary>
    public static IServiceCollection AddUrgentReports(this IServiceCollection services) => services
        .AddUrgentCalls<Proto.SubmitSessionReportRequest>(Method("SubmitSessionReport"), report => AlertTriage.MayAlert(
            report.PainBefore,
            report.PainAfter,
            report.Exercises.Select(exercise => exercise.HasPainDuring ? exercise.PainDuring : (int?)null),
            report.RedFlags.Any(answer => answer.Present),
            PainSettings.Default))
        .AddUrgentCalls<Proto.SubmitNextDayPainCheckRequest>(Method("SubmitNextDayPainCheck"), check =>
            NextDayPainRule.IsWorse(new NextDayPainCheck(Guid.Empty, default, check.Pain, check.UsualPain), PainSettings.Default));

    private static MethodDescriptor Method(string name) =>
        Proto.ProgressService.Descriptor.FindMethodByName(name)
        ?? throw new InvalidOperationException($"The progress service has no method {name}.");
}
