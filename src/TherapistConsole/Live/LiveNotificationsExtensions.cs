using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Telehealth.TherapistConsole.Live;

public static class LiveNotificationsExtensions
{
    /// <summary>One <see cref="NotificationFeed"/> per circuit, started by the first page that listens.</summary>
    public static IServiceCollection AddLiveNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<NotificationFeed>();
    }
}
