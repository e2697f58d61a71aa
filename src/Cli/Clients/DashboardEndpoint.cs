namespace Telehealth.Cli.Clients;

/// <summary>A named address a resource listens on, e.g. ("grpc", "http://127.0.0.1:5101").</summary>
internal sealed record DashboardEndpoint(string Name, string Url);
