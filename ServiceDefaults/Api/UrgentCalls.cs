using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.ServiceDefaults.Api;

public static class UrgentCalls
{
    /// <summary>
    /// Calls of <paramref name="method"/> whose request <paramref name="isUrgent"/> holds (a report
    /// that will alert the therapist, say) are let in from turns of their own
    /// (<see cref="CallsInFlightSettings.UrgentLimit"/>): while routine calls wait or are refused,
    /// an urgent one is still taken at once.
    /// </summary>
    public static IServiceCollection AddUrgentCalls<TRequest>(this IServiceCollection services, MethodDescriptor method, Func<TRequest, bool> isUrgent)
        where TRequest : IMessage<TRequest>, new()
    {
        if (method.InputType.ClrType != typeof(TRequest))
        {
            throw new ArgumentException($"{method.FullName} takes {method.InputType.ClrType?.Name}, not {typeof(TRequest).Name}.", nameof(method));
        }
        services.AddSingleton(UrgentCallRule.For($"/{method.Service.FullName}/{method.Name}", isUrgent));
        return services;
    }
}
