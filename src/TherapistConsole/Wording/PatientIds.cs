namespace Telehealth.TherapistConsole.Wording;

/// <summary>Patients have ids, not names, in these services: shown by their first 8 digits, as the command line shows them.</summary>
public static class PatientIds
{
    public static string Short(string id) => id.Length > 8 ? id[..8] : id;

    public static string Label(string id) => $"Patient {Short(id)}";
}
