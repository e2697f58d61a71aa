namespace Telehealth.Testing.Hosting;

/// <summary>Something the system needs is not installed; the message says how to get it, in one line.</summary>
public sealed class MissingDependencyException(string message) : Exception(message);
