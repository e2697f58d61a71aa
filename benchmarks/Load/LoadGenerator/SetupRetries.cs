using Grpc.Core;
using Grpc.Net.Client.Configuration;

namespace Telehealth.Benchmarks.Load;

/// <summary>
/// The channel's retry policy: the setup and probe calls are sent again while a service answers
/// UNAVAILABLE (refused stream, connection lost or not yet open). The measured calls are not: a
/// retry would hide the failure the benchmark is there to count.
/// </summary>
public static class SetupRetries
{
    private static readonly (string Service, string Method)[] RetriedMethods =
    [
        ("telehealth.prescription.v1.PrescriptionService", "ListTemplates"),
        ("telehealth.prescription.v1.PrescriptionService", "PrescribeProgramme"),
        ("telehealth.progress.v1.ProgressService", "GetPatientSummary"),
        ("telehealth.scheduling.v1.SchedulingService", "GetPatientPlan"),
        ("telehealth.scheduling.v1.SchedulingService", "SetPreferences"),
        ("telehealth.notification.v1.NotificationService", "ListNotifications"),
    ];

    public static ServiceConfig ServiceConfig()
    {
        var retried = new MethodConfig
        {
            // Writes are safe to send again: each carries its request id and is idempotent.
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 5,
                InitialBackoff = TimeSpan.FromMilliseconds(100),
                MaxBackoff = TimeSpan.FromSeconds(2),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var (service, method) in RetriedMethods)
        {
            retried.Names.Add(new MethodName { Service = service, Method = method });
        }
        return new ServiceConfig { MethodConfigs = { retried } };
    }
}
