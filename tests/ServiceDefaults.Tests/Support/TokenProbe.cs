using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Telehealth.ServiceDefaults.Security;
using Telehealth.ServiceDefaults.Tests.Probe.V1;

namespace Telehealth.ServiceDefaults.Tests.Support;

/// <summary>
/// A probe server with the services' authentication trusting the given identities' keys (the first
/// names the issuer and audience): a token is sent as a real call would send it, and the answer says
/// who it named or why it was refused.
/// </summary>
internal sealed class TokenProbe : IAsyncDisposable
{
    private const string Refused = "Not authenticated: ";

    private readonly ProbeServer _server;
    private readonly GrpcChannel _channel;
    private readonly ProbeService.ProbeServiceClient _client;

    private TokenProbe(ProbeServer server)
    {
        _server = server;
        _channel = GrpcChannel.ForAddress(server.Address);
        _client = new ProbeService.ProbeServiceClient(_channel);
    }

    public static async Task<TokenProbe> StartAsync(params DevelopmentIdentity[] trusted)
    {
        var settings = DevelopmentIdentity.ServiceEnvironment(trusted)
            .Select(pair => KeyValuePair.Create(pair.Key.Replace("__", ":", StringComparison.Ordinal), (string?)pair.Value));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new TokenProbe(await ProbeServer.StartAsync<GuardedProbeApi>(services => services.AddServiceAuthentication(configuration)));
    }

    /// <summary>The caller the token names ("sub role"), or why the service refused it.</summary>
    public async Task<(string? Caller, string? Failure)> AuthenticateAsync(string token)
    {
        try
        {
            var reply = await _client.EchoAsync(new EchoRequest(), new Metadata { { "authorization", "Bearer " + token } });
            return (reply.Caller, null);
        }
        catch (RpcException refused) when (refused.StatusCode == StatusCode.Unauthenticated && refused.Status.Detail.StartsWith(Refused, StringComparison.Ordinal))
        {
            return (null, refused.Status.Detail[Refused.Length..].TrimEnd('.'));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }
}
