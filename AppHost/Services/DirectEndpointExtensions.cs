namespace Telehealth.AppHost.Services;

public static class DirectEndpointExtensions
{
    /// <summary>
    /// Serves each of the project's endpoints from the process itself rather than through the
    /// orchestrator's proxy. Every call then makes one hop instead of two, and a service started
    /// again after a crash listens where it did before: behind the proxy, a service started again
    /// under heavy load once logged that it listened while every request through the proxy timed
    /// out for three minutes. The ports stay those of the service's Kestrel settings, unless
    /// Aspire was asked for random ports (the tests and the load benchmark, which run systems side
    /// by side): free ones are then chosen at start and kept across restarts.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDirectEndpoints(this IResourceBuilder<ProjectResource> project)
    {
        var randomPorts = project.ApplicationBuilder.Configuration.GetValue<bool>("DcpPublisher:RandomizePorts");
        foreach (var name in project.Resource.Annotations.OfType<EndpointAnnotation>().Select(endpoint => endpoint.Name).ToList())
        {
            project.WithEndpoint(name, endpoint =>
            {
                endpoint.IsProxied = false;
                if (randomPorts)
                {
                    endpoint.Port = null;
                }
            });
        }
        return project;
    }
}
