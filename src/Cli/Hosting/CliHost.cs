using Grpc.Core;
using Grpc.Net.Client.Configuration;

namespace Telehealth.Cli.Hosting;

/// <summary>The world outside a command: console, environment, clock and how patiently to retry.</summary>
internal sealed class CliHost
{
    public required CliConsole Console { get; init; }

    public required CliEnvironment Environment { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Calls that fail with UNAVAILABLE go again with the same request, so a write's request id is
    /// reused and the service answers the retry with the first answer.
    /// </summary>
    public RetryPolicy Retry { get; init; } = new()
    {
        MaxAttempts = 4,
        InitialBackoff = TimeSpan.FromMilliseconds(250),
        MaxBackoff = TimeSpan.FromSeconds(2),
        BackoffMultiplier = 2,
        RetryableStatusCodes = { StatusCode.Unavailable },
    };

    /// <summary>The pause before the notification stream reconnects, doubling up to this cap.</summary>
    public TimeSpan ReconnectBackoffCap { get; init; } = TimeSpan.FromSeconds(30);

    public static CliHost FromProcess() => new()
    {
        Console = CliConsole.FromProcess(),
        Environment = CliEnvironment.FromProcess(),
    };
}
