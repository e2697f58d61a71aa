namespace Telehealth.Testing.Hosting;

/// <summary>One span as a service exported it: ids in lowercase hex, and the exporting service's name.</summary>
public sealed record CapturedSpan(string SpanId, string? ParentSpanId, string Name, string Service);
