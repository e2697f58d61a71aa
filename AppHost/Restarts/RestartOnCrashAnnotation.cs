namespace Telehealth.AppHost.Restarts;

/// <summary>Marks a resource the AppHost starts again when it exits without anyone stopping it.</summary>
public sealed class RestartOnCrashAnnotation : IResourceAnnotation;
