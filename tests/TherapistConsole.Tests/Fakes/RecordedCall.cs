namespace Telehealth.TherapistConsole.Tests.Fakes;

/// <summary>One call the console made: the method's name, the request.</summary>
public sealed record RecordedCall(string Method, object Request);
