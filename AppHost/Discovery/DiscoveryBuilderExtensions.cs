using Telehealth.AppHost.State;

namespace Telehealth.AppHost.Discovery;

public static class DiscoveryBuilderExtensions
{
    /// <summary>apphost.json in the state folder while the system runs: how the command line and the patient app find it.</summary>
    public static IDistributedApplicationBuilder AddDiscoveryFile(this IDistributedApplicationBuilder builder, StateFolder state)
    {
        builder.Services.AddSingleton(state);
        builder.Services.AddHostedService<DiscoveryFileWriter>();
        return builder;
    }
}
