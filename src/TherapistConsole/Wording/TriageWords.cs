using Microsoft.FluentUI.AspNetCore.Components;
using Telehealth.Contracts.Progress.V1;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>Triage levels as a therapist reads them, with a badge colour for each.</summary>
public static class TriageWords
{
    public static string Label(TriageLevel level) => level switch
    {
        TriageLevel.RedFlag => "Red flag",
        TriageLevel.Flare => "Pain flare",
        TriageLevel.LowAdherence => "Low adherence",
        TriageLevel.ReadyToProgress => "Ready to progress",
        TriageLevel.OnTrack => "On track",
        _ => "Unknown",
    };

    public static BadgeColor Colour(TriageLevel level) => level switch
    {
        TriageLevel.RedFlag => BadgeColor.Danger,
        TriageLevel.Flare => BadgeColor.Severe,
        TriageLevel.LowAdherence => BadgeColor.Warning,
        TriageLevel.ReadyToProgress => BadgeColor.Brand,
        _ => BadgeColor.Success,
    };
}
