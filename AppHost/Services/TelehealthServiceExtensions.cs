using Telehealth.AppHost.State;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.AppHost.Services;

public static class TelehealthServiceExtensions
{
    /// <summary>A service's SQLite database: a file in the state folder, passed as <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
    public static IResourceBuilder<ConnectionStringResource> AddSqliteDatabase(this IDistributedApplicationBuilder builder, string name, StateFolder state) =>
        builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={state.Combine(name + ".db")}"));

    /// <summary>
    /// This run's development signing key: the services trust its public half, and the command
    /// line and the patient app issue tokens with the private half, kept in the state folder.
    /// </summary>
    public static DevelopmentIdentity AddDevelopmentIdentity(this IDistributedApplicationBuilder builder, StateFolder state)
    {
        var identity = DevelopmentIdentity.Create();
        identity.Save(state.IdentityFile);
        builder.Services.AddSingleton(identity);
        return identity;
    }

    /// <summary>
    /// What every telehealth service gets: the AppHost's environment name (a project started
    /// without a launch profile gets none), the signing key to trust, its endpoints served directly
    /// and a health check on <c>/health</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTelehealthDefaults(this IResourceBuilder<ProjectResource> service, DevelopmentIdentity identity) =>
        service
            .WithEnvironment(context =>
            {
                var environment = service.ApplicationBuilder.Environment.EnvironmentName;
                context.EnvironmentVariables["DOTNET_ENVIRONMENT"] = environment;
                context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = environment;
                foreach (var (name, value) in identity.ServiceEnvironment())
                {
                    context.EnvironmentVariables[name] = value;
                }
            })
            .WithDirectEndpoints()
            .WithHttpHealthCheck("/health", endpointName: "http");
}
