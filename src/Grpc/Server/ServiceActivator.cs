using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Telehealth.Grpc.Server;

/// <summary>
/// Gives each call its service instance: the registered one if the service is in the container,
/// else a new one per call with constructor injection from the call's scope (disposed after).
/// </summary>
internal sealed class ServiceActivator<TService>
    where TService : class
{
    private static readonly ObjectFactory Factory = ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);

    public async Task<TResult> RunAsync<TResult>(HttpContext httpContext, Func<TService, Task<TResult>> call)
    {
        var registered = httpContext.RequestServices.GetService<TService>();
        var service = registered ?? (TService)Factory(httpContext.RequestServices, null);
        try
        {
            return await call(service).ConfigureAwait(false);
        }
        finally
        {
            if (registered is null)
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
