using Telehealth.ServiceDefaults.Health;
using Telehealth.Contracts.Notification.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.Http;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Diagnostics;
using Telehealth.Notification.Events;
using Telehealth.Notification.Inbox;
using Telehealth.Notification.Recipients;
using Telehealth.ServiceDefaults.Auditing;
using Telehealth.ServiceDefaults.Messaging;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.Notification;

public static class NotificationServiceExtensions
{
    /// <summary>The notification service's database, consumers, channels, workers, use cases and audit trail.</summary>
    public static IHostApplicationBuilder AddNotificationService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");
        builder.AddServiceMessaging<NotificationDbContext>(bus => bus.AddNotificationConsumers());
        builder.Services.AddNotificationCore(builder.Configuration);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.PostConfigure<EmailOptions>(email =>
        {
            if (string.IsNullOrWhiteSpace(email.Host) && string.IsNullOrWhiteSpace(email.PickupDirectory))
            {
                email.PickupDirectory = Path.Combine(contentRoot, "data", "mail-pickup");
            }
        });
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddHostedService<EscalationWorker>();
        builder.Services.AddGrpcHealthFor(NotificationService.Descriptor);
        builder.AddAuditTrail<NotificationDbContext, CaseloadAccess>();
        return builder;
    }

    /// <summary>Everything but the database, the bus and the background workers: what consumers and the API need.</summary>
    public static IServiceCollection AddNotificationCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNotificationOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InAppBroadcaster>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<CommitSignals>();
        services.AddSingleton<NotificationMetrics>();
        services.AddMetrics();
        services.AddScoped<NotificationIntake>();
        services.AddScoped<ReportNotifications>();
        services.AddScoped<DeliveryPlanner>();
        services.AddScoped<RecipientDirectory>();
        services.AddScoped<InboxQueries>();
        services.AddScoped<InboxActions>();
        services.AddScoped<InboxStream>();
        services.AddSingleton<IDeliveryChannel, EmailChannel>();
        services.AddWebhookChannel();
        return services;
    }

    /// <summary>
    /// The webhook channel's HttpClient: connections only to targets the policy allows, no
    /// redirects, no proxy, and nothing of the URL (the recipient's address) in logs or traces.
    /// </summary>
    private static IServiceCollection AddWebhookChannel(this IServiceCollection services)
    {
        services.AddSingleton(provider => NotificationOptions.TargetPolicyOf(provider.GetRequiredService<IOptions<WebhookOptions>>().Value));
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<WebhookConnector>();
        services.AddHttpClient<WebhookChannel>()
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                ConnectCallback = provider.GetRequiredService<WebhookConnector>().ConnectAsync,
                // A proxy would connect on the service's behalf to wherever the name points, past the check.
                UseProxy = false,
                // The address is the recipient's own; following a redirect would send elsewhere.
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RemoveAllLoggers();
        services.AddTransient<IDeliveryChannel>(provider => provider.GetRequiredService<WebhookChannel>());
        services.Configure<HttpClientTraceInstrumentationOptions>(tracing =>
        {
            var earlier = tracing.FilterHttpRequestMessage;
            tracing.FilterHttpRequestMessage = request => !WebhookRequests.IsWebhook(request) && (earlier?.Invoke(request) ?? true);
        });
        return services;
    }
}
