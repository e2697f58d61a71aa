namespace Telehealth.TherapistConsole.Components.Doses;

/// <summary>
/// One number of a dose as the form shows it: its name in the API (the name INVALID_ARGUMENT
/// gives it), the group of dosage fields it belongs to (as an exercise's dosage_fields list them),
/// its label, and the smallest value worth typing. The service holds the upper limits.
/// </summary>
public sealed record DoseField(string Name, string Group, string Label, int Min = 1);
