using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.Grpc;
using Telehealth.Grpc.Client;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;
using NotificationMessage = Telehealth.Contracts.Notification.V1.Notification;
using SchedulingPreferences = Telehealth.Contracts.Scheduling.V1.Preferences;
using SchedulingSetPreferences = Telehealth.Contracts.Scheduling.V1.SetPreferencesRequest;

namespace Telehealth.Benchmarks.Load;

/// <summary>The RPCs the benchmark calls, bound from the services' descriptors.</summary>
public static class Rpc
{
    private static readonly ServiceDescriptor PrescriptionService = PrescriptionReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor ProgressService = ProgressReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor SchedulingService = SchedulingReflection.Descriptor.Services[0];
    private static readonly ServiceDescriptor NotificationService = NotificationReflection.Descriptor.Services[0];

    public static readonly Method<ListTemplatesRequest, ListTemplatesResponse> ListTemplates = Bind<ListTemplatesRequest, ListTemplatesResponse>(PrescriptionService, "ListTemplates");
    public static readonly Method<PrescribeProgrammeRequest, Programme> PrescribeProgramme = Bind<PrescribeProgrammeRequest, Programme>(PrescriptionService, "PrescribeProgramme");
    public static readonly Method<GetActiveProgrammeRequest, Programme> GetActiveProgramme = Bind<GetActiveProgrammeRequest, Programme>(PrescriptionService, "GetActiveProgramme");
    public static readonly Method<SubmitSessionReportRequest, SubmitSessionReportResponse> SubmitSessionReport = Bind<SubmitSessionReportRequest, SubmitSessionReportResponse>(ProgressService, "SubmitSessionReport");
    public static readonly Method<GetPatientSummaryRequest, PatientSummary> GetPatientSummary = Bind<GetPatientSummaryRequest, PatientSummary>(ProgressService, "GetPatientSummary");
    public static readonly Method<SchedulingSetPreferences, SchedulingPreferences> SetSchedulePreferences = Bind<SchedulingSetPreferences, SchedulingPreferences>(SchedulingService, "SetPreferences");
    public static readonly Method<GetPatientPlanRequest, Schedule> GetPatientPlan = Bind<GetPatientPlanRequest, Schedule>(SchedulingService, "GetPatientPlan");
    public static readonly Method<ListNotificationsRequest, ListNotificationsResponse> ListNotifications = Bind<ListNotificationsRequest, ListNotificationsResponse>(NotificationService, "ListNotifications");
    public static readonly Method<SubscribeRequest, NotificationMessage> Subscribe = Bind<SubscribeRequest, NotificationMessage>(NotificationService, "Subscribe");

    /// <summary>Server errors that setup calls met and retried, by method and status.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, int> ServerErrors { get; } = new();

    private static Method<TRequest, TResponse> Bind<TRequest, TResponse>(ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        Method<TRequest, TResponse>.From(service.FindMethodByName(name) ?? throw new InvalidOperationException($"{service.FullName} has no {name}."));

    /// <summary>
    /// One call that must succeed (setup, probes): waits out RESOURCE_EXHAUSTED (retry-after-ms) and
    /// UNAVAILABLE, and NOT_FOUND too while <paramref name="waitWhileNotFound"/> (an event not consumed yet).
    /// </summary>
    public static async Task<TResponse> CallUntilDoneAsync<TRequest, TResponse>(
        GrpcChannel channel, Method<TRequest, TResponse> method, TRequest request, Caller caller,
        TimeSpan? waitWhileNotFound = null, CancellationToken cancellationToken = default)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var giveUp = DateTime.UtcNow + (waitWhileNotFound ?? TimeSpan.Zero) + TimeSpan.FromMinutes(2);
        var notFoundUntil = DateTime.UtcNow + (waitWhileNotFound ?? TimeSpan.Zero);
        var backoff = TimeSpan.FromMilliseconds(50);
        var serverErrors = 0;
        while (true)
        {
            try
            {
                return await channel.UnaryCall(method, request, new CallOptions { Headers = caller.Headers, CancellationToken = cancellationToken }.WithTimeout(TimeSpan.FromSeconds(60)));
            }
            catch (RpcException rpc) when (rpc.StatusCode is StatusCode.Unknown or StatusCode.Internal or StatusCode.Aborted && ++serverErrors <= 5)
            {
                // A failed write: the same request id again is safe (it is idempotent). Counted, and shown at the end.
                ServerErrors.AddOrUpdate($"{method.Name} {rpc.StatusCode}", 1, (_, n) => n + 1);
                await Task.Delay(backoff * serverErrors, cancellationToken);
            }
            catch (RpcException rpc) when (DateTime.UtcNow < giveUp && (
                rpc.StatusCode is StatusCode.ResourceExhausted or StatusCode.Unavailable or StatusCode.DeadlineExceeded
                || (rpc.StatusCode == StatusCode.NotFound && DateTime.UtcNow < notFoundUntil)))
            {
                var wait = rpc.StatusCode == StatusCode.ResourceExhausted
                    && rpc.Trailers.GetValue(CallRateLimitInterceptor.RetryAfterTrailer) is { } ms
                    && long.TryParse(ms, NumberStyles.Integer, CultureInfo.InvariantCulture, out var retryAfter)
                        ? TimeSpan.FromMilliseconds(retryAfter)
                        : backoff;
                await Task.Delay(wait, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
            }
        }
    }
}

/// <summary>Someone calling: a patient or a therapist, with the bearer token every call carries (minted once).</summary>
public sealed class Caller(Guid id, CallerRole role, DevelopmentIdentity identity)
{
    public Guid Id { get; } = id;

    public string IdText { get; } = id.ToString();

    public CallerRole Role { get; } = role;

    public Metadata Headers { get; } = new Metadata().Add("authorization", "Bearer " + identity.Issue(role, id, TimeSpan.FromHours(4)));
}
