using System.Diagnostics;
using System.Security.Cryptography;

namespace Telehealth.Grpc.Interop.Tests.Hosting;

/// <summary>
/// A private node of Debian's rabbitmq-server for one test run: its own epmd, node name, ports,
/// data folder and credentials, on loopback only. Disposing stops both processes.
/// </summary>
internal sealed class RabbitMqBroker : IAsyncDisposable
{
    // Not /usr/sbin/rabbitmq-server: that one switches to the rabbitmq user and logs under /var/log.
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string User = "telehealth";

    private readonly OwnedProcess _epmd;
    private readonly OwnedProcess _broker;

    private RabbitMqBroker(OwnedProcess epmd, OwnedProcess broker, int port, string password)
    {
        _epmd = epmd;
        _broker = broker;
        Port = port;
        ConnectionString = $"amqp://{User}:{password}@127.0.0.1:{port}/";
    }

    public int Port { get; }

    /// <summary>As ConnectionStrings__messaging takes it.</summary>
    public string ConnectionString { get; }

    public static async Task<RabbitMqBroker> StartAsync(string stateDirectory, TimeSpan timeout)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException($"{ServerScript} is missing: run 'apt-get install -y rabbitmq-server' (scripts/test.sh does).");
        }
        Directory.CreateDirectory(stateDirectory);
        var port = FreePort.Next();
        var epmdPort = FreePort.Next();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        WriteConfiguration(stateDirectory, port, password);

        // The Erlang cookie lives in HOME; a private epmd keeps this node apart from any other.
        var common = new Dictionary<string, string> { ["HOME"] = stateDirectory, ["ERL_EPMD_PORT"] = epmdPort.ToString() };
        var epmd = OwnedProcess.Start("epmd", ["-address", "127.0.0.1", "-port", epmdPort.ToString()], common);
        var broker = OwnedProcess.Start(ServerScript, [], new Dictionary<string, string>(common)
        {
            // Makes the script exec the Erlang VM, so the process held is the broker itself.
            ["RUNNING_UNDER_SYSTEMD"] = "true",
            ["RABBITMQ_NODENAME"] = $"interop-{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = FreePort.Next().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(stateDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(stateDirectory, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(stateDirectory, "enabled_plugins"),
            ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(stateDirectory, "plugins-expand"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(stateDirectory, "broker.pid"),
            ["RABBITMQ_CONFIG_FILES"] = Path.Combine(stateDirectory, "conf.d"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(stateDirectory, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(stateDirectory, "rabbitmq-env.conf"),
        });
        var node = new RabbitMqBroker(epmd, broker, port, password);
        try
        {
            await node.WaitUntilListeningAsync(timeout);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _broker.DisposeAsync();
        await _epmd.DisposeAsync();
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await FreePort.IsListeningAsync(Port, CancellationToken.None))
        {
            if (_broker.HasExited)
            {
                throw new InvalidOperationException($"RabbitMQ exited with code {_broker.ExitCode} while starting:\n{_broker.OutputTail()}");
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"RabbitMQ did not accept connections on 127.0.0.1:{Port} within {timeout.TotalSeconds} s:\n{_broker.OutputTail()}");
            }
            await Task.Delay(200);
        }
    }

    // RabbitMQ 3.10 ignores RABBITMQ_DEFAULT_USER: the credentials go in the configuration file.
    private static void WriteConfiguration(string directory, int port, string password)
    {
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].");
        Directory.CreateDirectory(Path.Combine(directory, "conf.d"));
        File.WriteAllText(Path.Combine(directory, "conf.d", "10-interop.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{port}
            default_user = {User}
            default_pass = {password}
            loopback_users = none
            """);
    }
}
