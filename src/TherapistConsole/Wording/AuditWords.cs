namespace Telehealth.TherapistConsole.Wording;

/// <summary>Audit records' actors and actions as a therapist reads them.</summary>
public static class AuditWords
{
    /// <summary>"therapist:&lt;uuid&gt;", "patient:&lt;uuid&gt;", "service:&lt;name&gt;" as "you", "therapist 3f2504e0", "the patient", "the progress service".</summary>
    public static string Actor(string actor, Guid? signedIn)
    {
        var (kind, id) = actor.IndexOf(':') is var colon and > 0 ? (actor[..colon], actor[(colon + 1)..]) : (actor, "");
        return kind switch
        {
            "therapist" => Guid.TryParse(id, out var therapist) && therapist == signedIn ? "you" : $"therapist {PatientIds.Short(id)}",
            "patient" => "the patient",
            "service" => $"the {id} service",
            _ => actor,
        };
    }

    /// <summary>"session_report.corrected" as "Session report corrected".</summary>
    public static string Action(string action)
    {
        var words = action.Replace('_', ' ').Replace('.', ' ').Trim();
        return words.Length == 0 ? "Changed" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
