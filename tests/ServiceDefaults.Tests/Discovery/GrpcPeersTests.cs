using Microsoft.Extensions.Configuration;
using Telehealth.ServiceDefaults.Discovery;

namespace Telehealth.ServiceDefaults.Tests.Discovery;

public sealed class GrpcPeersTests
{
    [Fact]
    public void Peers_are_found_from_the_services_configuration_aspire_writes()
    {
        Environment.SetEnvironmentVariable("services__progress__grpc__0", "http://127.0.0.1:5201");
        try
        {
            using var peers = new GrpcPeers(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            Assert.Equal(new Uri("http://127.0.0.1:5201"), peers.AddressOf("progress"));
            Assert.Same(peers.For("progress"), peers.For("PROGRESS"));
            var missing = Assert.Throws<InvalidOperationException>(() => peers.For("scheduling"));
            Assert.Contains("services__scheduling__grpc__0", missing.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("services__progress__grpc__0", null);
        }
    }
}
