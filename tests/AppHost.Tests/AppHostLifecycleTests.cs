using System.Diagnostics;
using System.Text.Json;
using Telehealth.Contracts.Prescription.V1;
using Grpc.Core;
using Telehealth.Testing;
using Grpc.Net.Client;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.AppHost.Tests;

/// <summary>
/// The AppHost brings every resource up healthy with Aspire's environment contract, restarts a
/// service killed with -9, and on SIGTERM stops everything it started.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AppHostLifecycleTests(RunningAppHost host) : IClassFixture<RunningAppHost>
{
    private static readonly string[] Services = ["prescription", "progress", "scheduling", "notification"];

    [Fact]
    public async Task Starts_every_resource_healthy_supervises_them_and_stops_without_leaving_a_process()
    {
        var resources = await WaitUntilAsync(list => list.All(r => State(r) == "running" && r.GetProperty("health").GetString() == "healthy"), "every resource is healthy");
        Assert.Contains(resources, r => r.GetProperty("name").GetString() == "messaging" && r.GetProperty("kind").GetString() == "rabbitmq");

        var broker = await host.ResourceAsync("messaging");
        var amqpPort = new Uri(broker.GetProperty("endpoints")[0].GetProperty("url").GetString()!).Port;
        foreach (var service in Services)
        {
            AssertContract(await host.ResourceAsync(service), service, amqpPort);
        }
        await AssertDiscoveryAndIdentityAsync();
        var progress = ProcessEnvironment.Of(Pid(await host.ResourceAsync("progress")));
        var prescriptionGrpc = Endpoint(await host.ResourceAsync("prescription"), "grpc");
        Assert.Equal(prescriptionGrpc, progress["services__prescription__grpc__0"]);

        // kill -9 a service: the AppHost notices and restarts it, and the dashboard shows the restart.
        var killed = Pid(await host.ResourceAsync("progress"));
        Process.GetProcessById(killed).Kill();
        var restarted = await WaitUntilAsync(list => list.Single(r => Name(r) == "progress") is var p && p.GetProperty("restarts").GetInt32() >= 1 && State(p) == "running" && Pid(p) != killed,
            "progress was restarted after kill -9");
        Assert.Equal(Endpoint(restarted.Single(r => Name(r) == "progress"), "grpc"), progress["Kestrel__Endpoints__grpc__Url"]);

        var children = (await host.ResourcesAsync()).Select(Pid).ToList();
        Assert.Equal(0, await host.StopAsync());
        Assert.Contains("stopped", host.Output);
        Assert.False(File.Exists(Path.Combine(host.StateDirectory, "apphost.json")), "apphost.json outlived the AppHost");
        foreach (var child in children)
        {
            Assert.False(ProcessEnvironment.IsAlive(child), $"process {child} outlived the AppHost");
        }
    }

    private void AssertContract(JsonElement resource, string service, int amqpPort)
    {
        var environment = ProcessEnvironment.Of(Pid(resource));
        Assert.Contains($"@127.0.0.1:{amqpPort}/", environment["ConnectionStrings__messaging"]);
        Assert.StartsWith("amqp://", environment["ConnectionStrings__messaging"]);
        Assert.Equal($"Data Source={Path.Combine(host.StateDirectory, service + "db.db")}", environment[$"ConnectionStrings__{service}db"]);
        Assert.Equal(Endpoint(resource, "grpc"), environment["Kestrel__Endpoints__grpc__Url"]);
        Assert.Equal("Http2", environment["Kestrel__Endpoints__grpc__Protocols"]);
        Assert.Equal(Endpoint(resource, "http"), environment["Kestrel__Endpoints__http__Url"]);
        Assert.Equal("Http1", environment["Kestrel__Endpoints__http__Protocols"]);
        Assert.Equal(host.DashboardUrl.ToString().TrimEnd('/'), environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", environment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal(service, environment["OTEL_SERVICE_NAME"]);
        Assert.True(File.Exists(Path.Combine(host.StateDirectory, service + "db.db")), $"{service}'s database file was not created");
    }

    /// <summary>
    /// apphost.json names every service's endpoints and the run's signing key; the services trust
    /// that key's tokens and nothing else.
    /// </summary>
    private async Task AssertDiscoveryAndIdentityAsync()
    {
        using var discovery = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(host.StateDirectory, "apphost.json")));
        var root = discovery.RootElement;
        Assert.Equal(host.DashboardUrl.ToString().TrimEnd('/'), root.GetProperty("dashboard").GetString()!.TrimEnd('/'));
        var identityFile = root.GetProperty("identity").GetString()!;
        Assert.Equal(Path.Combine(host.StateDirectory, "identity", "signing-key.json"), identityFile);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(identityFile));
        }
        using var identity = DevelopmentIdentity.Load(identityFile);
        foreach (var service in Services)
        {
            var resource = await host.ResourceAsync(service);
            Assert.Equal(Endpoint(resource, "grpc"), root.GetProperty("services").GetProperty(service).GetProperty("grpc").GetString());
            var environment = ProcessEnvironment.Of(Pid(resource));
            Assert.Equal(identity.KeyId, environment["Authentication__SigningKeys__0__KeyId"]);
            Assert.Equal(identity.PublicKeyPem, environment["Authentication__SigningKeys__0__PublicKey"]);
        }

        using var channel = GrpcChannel.ForAddress(new Uri(root.GetProperty("services").GetProperty("prescription").GetProperty("grpc").GetString()!));
        var listTemplates = DescriptorMethods.For<ListTemplatesRequest, ListTemplatesResponse>(PrescriptionReflection.Descriptor.Services[0].FindMethodByName("ListTemplates"));
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await channel.UnaryCall(listTemplates, new ListTemplatesRequest()));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        using var stranger = DevelopmentIdentity.Create();
        var forged = new CallOptions(headers: new Metadata { { "authorization", "Bearer " + stranger.Issue(CallerRole.Therapist, Guid.NewGuid()) } });
        refused = await Assert.ThrowsAsync<RpcException>(async () => await channel.UnaryCall(listTemplates, new ListTemplatesRequest(), forged));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        var trusted = new CallOptions(headers: new Metadata { { "authorization", "Bearer " + identity.Issue(CallerRole.Therapist, Guid.NewGuid()) } });
        Assert.NotEmpty((await channel.UnaryCall(listTemplates, new ListTemplatesRequest(), trusted)).Templates);
    }

    private async Task<JsonElement[]> WaitUntilAsync(Func<JsonElement[], bool> condition, string what)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        JsonElement[] last = [];
        while (DateTime.UtcNow < until)
        {
            last = await host.ResourcesAsync();
            if (last.Length > 0 && condition(last))
            {
                return last;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Not true in time: {what}. Last seen: {string.Join("; ", last.Select(r => r.ToString()))}\n{host.Output}");
    }

    private static string Name(JsonElement resource) => resource.GetProperty("name").GetString()!;

    private static string State(JsonElement resource) => resource.GetProperty("state").GetString()!;

    private static int Pid(JsonElement resource) => resource.GetProperty("processId").GetInt32();

    private static string Endpoint(JsonElement resource, string name) =>
        resource.GetProperty("endpoints").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("url").GetString()!;
}
