using System.Diagnostics;

namespace Telehealth.AppHost.Messaging;

/// <summary>
/// The broker's queues with their ready and unacknowledged messages and consumers, from the
/// node's own rabbitmqctl: how an operator sees events piling up behind a slow or stopped service.
/// </summary>
internal static class QueueDepthsCommand
{
    public const string Name = "queue-depths";
    public const string DisplayName = "Queue depths";

    private const string Control = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<ExecuteCommandResult> ExecuteAsync(RabbitMqNodeResource node, EndpointReference epmd, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Control)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--node", RabbitMqNodeResource.NodeName(node.Name), "list_queues", "--formatter", "pretty_table", "name", "messages_ready", "messages_unacknowledged", "consumers" })
        {
            info.ArgumentList.Add(argument);
        }
        // The node's cookie is in its HOME, and it registered with its own epmd.
        info.Environment["HOME"] = node.DataDirectory;
        info.Environment["ERL_EPMD_PORT"] = epmd.Port.ToString();
        info.Environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(node.DataDirectory, "rabbitmq-env.conf");
        // Left to itself, the tool's Erlang VM starts an epmd daemon of its own on every interface,
        // which would outlive the command.
        info.Environment["RABBITMQ_CTL_ERL_ARGS"] = "-start_epmd false";
        info.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";

        using var control = Process.Start(info)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var output = control.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = control.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await control.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            control.Kill(entireProcessTree: true);
            return CommandResults.Failure($"rabbitmqctl did not answer within {Limit.TotalSeconds} s.");
        }
        return control.ExitCode == 0
            ? CommandResults.Success("The broker's queues", await output, CommandResultFormat.Text)
            : CommandResults.Failure($"rabbitmqctl exited with {control.ExitCode}: {(await errors).Trim()}");
    }
}
