using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Telehealth.ServiceDefaults.Api;

/// <summary>
/// Finds a service's methods the way grpc-dotnet's own binder does, through the BindService
/// method Grpc.Tools generates (named by [BindServiceMethod] on the generated base class), and
/// adds them with request marshallers that refuse an unreadable body (<see cref="UnreadableRequests"/>).
/// </summary>
internal sealed class ReadableRequestMethodProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TService>
    : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var (bindMethod, serviceBase) = BindMethod();
        if (bindMethod is null || serviceBase is null)
        {
            return;
        }
        try
        {
            bindMethod.Invoke(null, [new ReadableRequestBinder<TService>(context, serviceBase), null]);
        }
        catch (TargetInvocationException exception)
        {
            throw new InvalidOperationException($"Error binding gRPC service '{typeof(TService).Name}'.", exception.InnerException);
        }
    }

    private static (MethodInfo? Method, Type? ServiceBase) BindMethod()
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } bind)
            {
                var method = bind.BindType.GetMethod(bind.BindMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ServiceBinderBase), type]);
                return (method, type);
            }
        }
        return (null, null);
    }
}
