using System.Diagnostics;
using System.Security.Cryptography;

namespace Telehealth.Testing.Hosting;

/// <summary>
/// A private RabbitMQ node from Debian's rabbitmq-server: its own node name, ports, epmd,
/// data folder and generated credentials, listening on loopback only. Disposing stops it
/// (SIGTERM, then a kill) and leaves no process behind.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string User = "telehealth";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _epmd;
    private readonly Process _broker;
    private readonly string _logFile;

    private RabbitMqNode(Process epmd, Process broker, int port, string password, string logFile)
    {
        _epmd = epmd;
        _broker = broker;
        Port = port;
        _logFile = logFile;
        ConnectionString = $"amqp://{User}:{password}@127.0.0.1:{port}/";
    }

    public int Port { get; }

    /// <summary>amqp://user:pass@127.0.0.1:port/, as ConnectionStrings__messaging takes it.</summary>
    public string ConnectionString { get; }

    public int ProcessId => _broker.Id;

    public bool HasExited => _broker.HasExited;

    public Task Exited => _broker.WaitForExitAsync();

    /// <summary>Starts a node whose data lives in <paramref name="stateDirectory"/>; reuses its data and credentials if there are any.</summary>
    public static async Task<RabbitMqNode> StartAsync(string stateDirectory, CancellationToken cancellationToken = default, int? port = null, Action<string>? onOutput = null)
    {
        await DebianPackages.EnsureInstalledAsync("rabbitmq-server", ServerScript, cancellationToken);
        Directory.CreateDirectory(stateDirectory);
        var amqpPort = port ?? FreePorts.Next();
        var epmdPort = FreePorts.Next();
        var password = PasswordIn(stateDirectory);
        WriteConfiguration(stateDirectory, amqpPort, password);

        var epmd = Start("epmd", ["-address", "127.0.0.1", "-port", epmdPort.ToString()], stateDirectory, epmdPort);
        var logFile = Path.Combine(stateDirectory, "broker.log");
        var broker = Start(ServerScript, [], stateDirectory, epmdPort, BrokerEnvironment(stateDirectory, amqpPort), logFile, onOutput);
        var node = new RabbitMqNode(epmd, broker, amqpPort, password, logFile);
        try
        {
            await node.WaitUntilListeningAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines the broker logged, for explaining a failure.</summary>
    public string LogTail() => File.Exists(_logFile) ? string.Join('\n', File.ReadLines(_logFile).TakeLast(20)) : "";

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_broker, TimeSpan.FromSeconds(20));
        await StopAsync(_epmd, TimeSpan.FromSeconds(5));
        _broker.Dispose();
        _epmd.Dispose();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_broker.HasExited)
            {
                throw new InvalidOperationException($"RabbitMQ exited with code {_broker.ExitCode} while starting: {LogTail()}");
            }
            if (await FreePorts.IsListeningAsync(Port, cancellationToken))
            {
                return;
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"RabbitMQ did not listen on port {Port} within {StartTimeout.TotalSeconds} s: {LogTail()}");
    }

    private static Dictionary<string, string> BrokerEnvironment(string directory, int amqpPort) => new()
    {
        // Makes the script exec the Erlang VM, so the process we hold is the broker itself.
        ["RUNNING_UNDER_SYSTEMD"] = "true",
        ["RABBITMQ_NODENAME"] = $"telehealth-{amqpPort}@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        // The distribution port too, as epmd: nothing of the node listens beyond loopback.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(),
        ["RABBITMQ_DIST_PORT"] = FreePorts.Next().ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
        ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(directory, "plugins-expand"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "broker.pid"),
        ["RABBITMQ_CONFIG_FILES"] = Path.Combine(directory, "conf.d"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
    };

    private static void WriteConfiguration(string directory, int amqpPort, string password)
    {
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].");
        Directory.CreateDirectory(Path.Combine(directory, "conf.d"));
        File.WriteAllText(Path.Combine(directory, "conf.d", "10-telehealth.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{amqpPort}
            default_user = {User}
            default_pass = {password}
            loopback_users = none
            """);
    }

    private static string PasswordIn(string directory)
    {
        var file = Path.Combine(directory, "password");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        File.WriteAllText(file, password);
        return password;
    }

    private static Process Start(string fileName, string[] arguments, string home, int epmdPort, Dictionary<string, string>? environment = null, string? logFile = null, Action<string>? onOutput = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // The Erlang cookie lives in HOME; a private epmd keeps this node apart from any other.
        info.Environment["HOME"] = home;
        info.Environment["ERL_EPMD_PORT"] = epmdPort.ToString();
        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var log = logFile is null ? null : new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data, onOutput);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data, onOutput);
        process.Exited += (_, _) => log?.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Write(StreamWriter? log, string? line, Action<string>? onOutput)
    {
        if (line is not null)
        {
            onOutput?.Invoke(line);
        }
        if (log is null || line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private static async Task StopAsync(Process process, TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }
        Signals.Terminate(process.Id);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
