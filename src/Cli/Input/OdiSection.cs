namespace Telehealth.Cli.Input;

/// <summary>One ODI section: its option name, title, and what 0 and 5 mean.</summary>
internal sealed record OdiSection(string Name, string Title, string Zero, string Five)
{
    public string Question => $"{Title} — 0: {Zero} … 5: {Five}";
}
