namespace Telehealth.AppHost.Dashboard.Resources;

/// <summary>A named address a resource listens on, e.g. ("grpc", "http://127.0.0.1:5101").</summary>
public sealed record ResourceEndpoint(string Name, string Url);
