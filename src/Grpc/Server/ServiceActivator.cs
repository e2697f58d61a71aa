using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.Grpc.Server;

/// <summary>
/// Gives each call its service instance: the registered one if the service is in the container,
/// else a new one per call with constructor injection from the call's scope (disposed after).
/// Decided once per service type, so a call touches the request's scope only when it must.
/// </summary>
internal sealed class ServiceActivator<TService>
    where TService : class
{
    private static readonly ObjectFactory Factory = ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);
    private static readonly bool Disposable = typeof(IDisposable).IsAssignableFrom(typeof(TService)) || typeof(IAsyncDisposable).IsAssignableFrom(typeof(TService));
    private static readonly bool ParameterlessOnly = typeof(TService).GetConstructors() is [{ } only] && only.GetParameters().Length == 0;

    private readonly bool _registered;
    private readonly IServiceProvider _root;

    public ServiceActivator(IServiceProvider root)
    {
        _root = root;
        _registered = root.GetService<IServiceProviderIsService>()?.IsService(typeof(TService)) ?? true;
    }

    /// <summary>True when calls create and must dispose their own instance.</summary>
    public bool ReleasesInstances => !_registered && Disposable;

    public TService Create(HttpContext httpContext) =>
        _registered ? httpContext.RequestServices.GetRequiredService<TService>()
        : (TService)Factory(ParameterlessOnly ? _root : httpContext.RequestServices, null);

    public async Task<TResult> RunAsync<TResult>(HttpContext httpContext, Func<TService, Task<TResult>> call)
    {
        var service = Create(httpContext);
        try
        {
            return await call(service).ConfigureAwait(false);
        }
        finally
        {
            if (!_registered)
            {
                await ReleaseAsync(service).ConfigureAwait(false);
            }
        }
    }

    public Task RunAsync(HttpContext httpContext, Func<TService, Task> call) =>
        RunAsync(httpContext, async service =>
        {
            await call(service).ConfigureAwait(false);
            return true;
        });

    private static async ValueTask ReleaseAsync(TService service)
    {
        switch (service)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
