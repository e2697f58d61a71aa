using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace Telehealth.Cli.Connection;

internal static class ServiceChannels
{
    /// <summary>A channel to one service; with a retry policy, every method of it is retried as the policy says.</summary>
    public static GrpcChannel Open(Uri address, RetryPolicy? retry) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            ServiceConfig = retry is null ? null : new ServiceConfig { MethodConfigs = { new MethodConfig { Names = { MethodName.Default }, RetryPolicy = retry } } },
            MaxRetryAttempts = retry?.MaxAttempts,
        });
}
