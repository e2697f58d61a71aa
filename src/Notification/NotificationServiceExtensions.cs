using Telehealth.ServiceDefaults.Health;
using Telehealth.Contracts.Notification.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddHttpClient<WebhookChannel>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The address is the recipient's own; following a redirect would send elsewhere.
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddTransient<IDeliveryChannel>(provider => provider.GetRequiredService<WebhookChannel>());
        return services;
    }
}
