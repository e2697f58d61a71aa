using Telehealth.AppHost.Restarts;
using Telehealth.AppHost.Services;
using Telehealth.AppHost.State;

namespace Telehealth.AppHost.TherapistConsole;

public static class TherapistConsoleExtensions
{
    /// <summary>The configuration key the console reads the development signing key's file from.</summary>
    public const string DevelopmentKeyFileVariable = "Console__Authentication__DevelopmentKeyFile";

    /// <summary>
    /// The therapist's console, a web app over the services' public gRPC APIs: a reference to each
    /// service (services__&lt;service&gt;__grpc__0), its HTTP endpoint shown on the dashboard, and
    /// where this run's development signing key is. It signs a token for the therapist who signs in
    /// with that key, as the command line does; the key stays in its file, never in the environment.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddTherapistConsole(
        this IDistributedApplicationBuilder builder, StateFolder state, params IResourceBuilder<ProjectResource>[] services)
    {
        var console = builder.AddProject<Projects.TherapistConsole>("console")
            .WithEnvironment(context =>
            {
                var environment = builder.Environment.EnvironmentName;
                context.EnvironmentVariables["DOTNET_ENVIRONMENT"] = environment;
                context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = environment;
                context.EnvironmentVariables[DevelopmentKeyFileVariable] = state.IdentityFile;
            })
            .WithExternalHttpEndpoints()
            .WithDirectEndpoints()
            .WithHttpHealthCheck("/health", endpointName: "http")
            .WithRestartOnCrash();
        foreach (var service in services)
        {
            console.WithReference(service);
        }
        return console;
    }
}
