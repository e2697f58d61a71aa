namespace Telehealth.Integration.Tests.Authorization;

/// <summary>
/// When an allowed call runs among the others, so that each finds what it needs: a programme is
/// adjusted after the reports against its first version, completed after every other change, and
/// prescribed anew only once the old one is completed.
/// </summary>
public enum WriteOrder
{
    Anytime = 0,

    /// <summary>Changes to the programme (new versions) once everything reported against the current one.</summary>
    ProgrammeChanges = 1,

    /// <summary>Ends something others use: the programme's completion, an appointment's cancellation.</summary>
    Closing = 2,

    /// <summary>Needs something ended first: a new programme once the old one is completed.</summary>
    AfterClosing = 3,
}
