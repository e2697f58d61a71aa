using Microsoft.Extensions.Hosting;

namespace Telehealth.AppHost.Restarts;

public static class RestartBuilderExtensions
{
    /// <summary>
    /// Starts the resource again, with backoff, when it exits while the application runs and
    /// nobody stopped it. Aspire restarts nothing by itself outside containers.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> resource)
        where T : IResource
    {
        var services = resource.ApplicationBuilder.Services;
        if (!services.Any(service => service.ImplementationType == typeof(CrashRestarts)))
        {
            services.AddHostedService<CrashRestarts>();
        }
        return resource.WithAnnotation(new RestartOnCrashAnnotation());
    }
}
