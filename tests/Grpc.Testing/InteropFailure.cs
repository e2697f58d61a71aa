namespace Telehealth.Grpc.Testing;

/// <summary>A peer did not behave as an interop case requires.</summary>
public sealed class InteropFailure(string message) : Exception(message);
