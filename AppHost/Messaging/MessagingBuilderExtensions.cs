using Microsoft.Extensions.Diagnostics.HealthChecks;
using Telehealth.AppHost.Restarts;
using Telehealth.AppHost.State;

namespace Telehealth.AppHost.Messaging;

public static class MessagingBuilderExtensions
{
    /// <summary>
    /// The broker the services share: the one named by <c>ConnectionStrings:messaging</c> in the
    /// AppHost's configuration (an existing broker or cluster), else a private node started here.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessaging(this IDistributedApplicationBuilder builder, string name, StateFolder state)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }
        var node = builder.AddRabbitMqNode(name, state.Combine(name));
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(node.Resource);
    }

    /// <summary>
    /// Debian's rabbitmq-server as a private node: its own node name, epmd and data folder, ports
    /// allocated by Aspire, loopback only, a user and password from generated parameters.
    /// </summary>
    public static IResourceBuilder<RabbitMqNodeResource> AddRabbitMqNode(this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var user = builder.AddParameter($"{name}-user", "telehealth");
        var password = builder.AddParameter(
            $"{name}-password",
            new GenerateParameterDefault { MinLength = 24, Special = false },
            secret: true,
            persist: false);

        // In the foreground, so the orchestrator owns it and stops it with the node. The node waits
        // until it listens, not only until it runs: an Erlang VM that finds no epmd on its port starts
        // one of its own as a daemon, which nothing stops (a loaded machine kept two from test runs).
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", dataDirectory, "-address", "127.0.0.1")
            .WithEndpoint(name: "epmd", env: "ERL_EPMD_PORT", isProxied: false)
            .WithRestartOnCrash();
        var epmdEndpoint = epmd.GetEndpoint("epmd");
        var epmdListening = $"{name}-epmd-listening";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            epmdListening, _ => new ListeningHealthCheck(epmdEndpoint), failureStatus: null, tags: null));
        epmd.WithHealthCheck(epmdListening);
        var epmdPort = epmdEndpoint.Property(EndpointProperty.TargetPort);

        var node = new RabbitMqNodeResource(name, dataDirectory, user.Resource, password.Resource);
        var healthCheck = $"{name}-amqp-handshake";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck, _ => new AmqpHandshakeHealthCheck(node.Amqp), failureStatus: null, tags: null));

        return builder.AddResource(node)
            .WithEndpoint(name: RabbitMqNodeResource.AmqpEndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithEndpoint(name: RabbitMqNodeResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithEnvironment(context =>
            {
                var env = context.EnvironmentVariables;
                // The Erlang cookie lands in HOME.
                env["HOME"] = dataDirectory;
                env["ERL_EPMD_PORT"] = epmdPort;
                // The script then execs the Erlang VM, so the process the orchestrator holds is the broker.
                env["RUNNING_UNDER_SYSTEMD"] = "true";
                env["RABBITMQ_NODENAME"] = RabbitMqNodeResource.NodeName(name);
                env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
                // Should epmd go away while the node runs, every Erlang VM of the broker (the node and the
                // helpers its scripts start) fails rather than starting an epmd nobody would stop.
                env["ERL_FLAGS"] = "-start_epmd false";
                env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(dataDirectory, "rabbitmq-env.conf");
                env["RABBITMQ_CONFIG_FILES"] = RabbitMqNodeFiles.ConfigurationFolder(dataDirectory);
                env["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataDirectory, "rabbitmq");
                env["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(dataDirectory, "advanced.config");
                env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dataDirectory, "enabled_plugins");
                env["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(dataDirectory, "plugins-expand");
                env["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataDirectory, "mnesia");
                env["RABBITMQ_LOG_BASE"] = Path.Combine(dataDirectory, "log");
                env["RABBITMQ_PID_FILE"] = Path.Combine(dataDirectory, "broker.pid");
                // Console logs reach the dashboard.
                env["RABBITMQ_LOGS"] = "-";
            })
            .WaitFor(epmd)
            .WithHealthCheck(healthCheck)
            .WithRestartOnCrash()
            .WithCommand(
                QueueDepthsCommand.Name,
                QueueDepthsCommand.DisplayName,
                context => QueueDepthsCommand.ExecuteAsync(node, epmdEndpoint, context.CancellationToken),
                new CommandOptions
                {
                    Description = "Messages ready and unacknowledged, and consumers, per queue",
                    IconName = "TextBulletListSquare",
                    // Only a running node can answer.
                    UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
                        ? ResourceCommandState.Enabled
                        : ResourceCommandState.Disabled,
                })
            .OnBeforeResourceStarted((resource, _, cancellationToken) => RabbitMqNodeFiles.WriteAsync(resource, cancellationToken));
    }
}
