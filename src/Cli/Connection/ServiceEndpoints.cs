namespace Telehealth.Cli.Connection;

/// <summary>One service's addresses in apphost.json: gRPC (HTTP/2) and HTTP/1.1 (health, calendar feed).</summary>
internal sealed record ServiceEndpoints(string? Grpc, string? Http);
