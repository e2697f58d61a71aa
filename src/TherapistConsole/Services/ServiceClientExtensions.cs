using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Grpc.Net.ClientFactory;
using Telehealth.Contracts.Audit.V1;
using Telehealth.TherapistConsole.Audit;
using Telehealth.Contracts.Notification.V1;
using Telehealth.Contracts.Prescription.V1;
using Telehealth.Contracts.Progress.V1;
using Telehealth.Contracts.Scheduling.V1;
using Telehealth.TherapistConsole.SignIn;

namespace Telehealth.TherapistConsole.Services;

public static class ServiceClientExtensions
{
    // Reads are safe to repeat and every write carries its request id, so any call may be retried
    // when a service is briefly out of reach (restarting, say), as the command line does.
    private static readonly ServiceConfig RetryUnavailable = new()
    {
        MethodConfigs =
        {
            new MethodConfig
            {
                Names = { MethodName.Default },
                RetryPolicy = new RetryPolicy
                {
                    MaxAttempts = 4,
                    InitialBackoff = TimeSpan.FromMilliseconds(250),
                    MaxBackoff = TimeSpan.FromSeconds(2),
                    BackoffMultiplier = 2,
                    RetryableStatusCodes = { StatusCode.Unavailable },
                },
            },
        },
    };

    /// <summary>
    /// The four services' generated clients, typed and from the client factory, each call carrying
    /// the signed-in therapist's bearer token.
    /// </summary>
    public static IHostApplicationBuilder AddServiceClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UnaryDeadlineInterceptor>();
        builder.AddServiceClient<PrescriptionService.PrescriptionServiceClient>("prescription");
        builder.AddServiceClient<ProgressService.ProgressServiceClient>("progress");
        builder.AddServiceClient<SchedulingService.SchedulingServiceClient>("scheduling");
        builder.AddServiceClient<NotificationService.NotificationServiceClient>("notification");
        foreach (var service in AuditSource.Services)
        {
            builder.AddAuditTrailClient(service);
        }
        return builder;
    }

    private static void AddServiceClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var address = ServiceAddresses.Grpc(builder.Configuration, service);
        builder.Services.AddGrpcClient<TClient>(options => options.Address = address).ForTherapist(address);
    }

    // Every service serves its own AuditTrail: one named client per service, each an AuditSource of the circuit.
    private static void AddAuditTrailClient(this IHostApplicationBuilder builder, string service)
    {
        var address = ServiceAddresses.Grpc(builder.Configuration, service);
        var name = $"{service}-audit";
        builder.Services.AddGrpcClient<AuditTrail.AuditTrailClient>(name, options => options.Address = address).ForTherapist(address);
        builder.Services.AddScoped(services => new AuditSource(service, services.GetRequiredService<GrpcClientFactory>().CreateClient<AuditTrail.AuditTrailClient>(name)));
    }

    private static void ForTherapist(this IHttpClientBuilder client, Uri address) =>
        client
            // The service provider here is the scope the client was made in: the therapist's circuit.
            .AddCallCredentials(async (context, metadata, services) =>
            {
                var token = await services.GetRequiredService<ITherapistTokens>().GetAsync(context.CancellationToken);
                metadata.Add("authorization", "Bearer " + token);
            })
            .ConfigureChannel(channel =>
            {
                channel.ServiceConfig = RetryUnavailable;
                // The AppHost's services answer h2c on loopback; in production the addresses are https.
                channel.UnsafeUseInsecureChannelCallCredentials = address.Scheme == Uri.UriSchemeHttp;
            })
            .AddInterceptor<UnaryDeadlineInterceptor>();
}
