using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Telehealth.ServiceDefaults.Persistence;

namespace Telehealth.ServiceDefaults.Messaging;

public static class ServiceMessaging
{
    /// <summary>
    /// MassTransit on RabbitMQ (ConnectionStrings__messaging, amqp://user:pass@host:port/vhost) with
    /// kebab-case endpoints, retries, faults to error queues, and this service's outbox dispatcher.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging<TContext>(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : ServiceDbContext
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString("messaging") ?? "amqp://guest:guest@127.0.0.1:5672/");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after the service: two services that both consume an event (each with a
            // ProgrammePrescribedConsumer, say) must each get every message, not share one queue.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(EndpointPrefix(builder), includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                });
                // Two tiers: quick retries for passing faults, then longer waits for an outage of
                // what the consumer depends on. (Broker-side redelivery needs RabbitMQ's delayed
                // message plugin, which Debian's server lacks.) After both, the message goes to
                // the endpoint's _error queue.
                rabbit.UseMessageRetry(retry => retry.Intervals(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)));
                rabbit.UseMessageRetry(retry => retry.Intervals(50, 200, 500));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>Messaging:EndpointPrefix if set (tests, side-by-side runs), else the service's name: "progress" for Telehealth.Progress.</summary>
    private static string EndpointPrefix(IHostApplicationBuilder builder) =>
        builder.Configuration["Messaging:EndpointPrefix"] is { Length: > 0 } configured
            ? configured
            : builder.Environment.ApplicationName.Split('.').Last().ToLowerInvariant();
}
