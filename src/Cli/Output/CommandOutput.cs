using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Output;

/// <summary>
/// Where a command's result goes: tables for people (Spectre.Console, colours only on a terminal), or
/// one JSON document per result for scripts. Notes and errors go to stderr so stdout stays parseable.
/// </summary>
internal sealed class CommandOutput(CliConsole console, bool json, TimeZoneInfo zone)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    // Redirected output is for files and pipes: wide enough that rows do not wrap.
    private const int RedirectedWidth = 200;

    private readonly Lazy<IAnsiConsole> _screen = new(() => CreateScreen(console));

    public bool Json { get; } = json;

    /// <summary>The time zone times are shown in (the machine's).</summary>
    public TimeZoneInfo Zone { get; } = zone;

    public IAnsiConsole Screen => _screen.Value;

    public TextWriter Error => console.Error;

    public void WriteJson(IMessage message) => console.Out.WriteLine(ProtoJson.Format(message));

    public void WriteJson(JsonNode node) => console.Out.WriteLine(node.ToJsonString(Compact));

    /// <summary>One line on stdout as it is, never wrapped: something to copy, such as an address.</summary>
    public void WriteLine(string text) => console.Out.WriteLine(text);

    /// <summary>The message as JSON, or as <paramref name="render"/> draws it for people.</summary>
    public void Show(IMessage message, Action render)
    {
        if (Json)
        {
            WriteJson(message);
        }
        else
        {
            render();
        }
    }

    /// <summary>A line for the person watching (progress, hints), on stderr.</summary>
    public void Note(string text) => console.Error.WriteLine(text);

    /// <summary>"2026-11-21 14:30" in the display zone; "—" when absent.</summary>
    public string Time(Timestamp? timestamp) =>
        timestamp is null ? "—" : TimeZoneInfo.ConvertTime(timestamp.ToDateTimeOffset(), Zone).ToString("yyyy-MM-dd HH:mm");

    /// <summary>"14:30" in the display zone; "—" when absent.</summary>
    public string TimeOfDay(Timestamp? timestamp) =>
        timestamp is null ? "—" : TimeZoneInfo.ConvertTime(timestamp.ToDateTimeOffset(), Zone).ToString("HH:mm");

    public string Time(DateTimeOffset? instant) =>
        instant is null ? "—" : TimeZoneInfo.ConvertTime(instant.Value, Zone).ToString("yyyy-MM-dd HH:mm");

    private static IAnsiConsole CreateScreen(CliConsole console)
    {
        var screen = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!console.OutputIsTerminal)
        {
            screen.Profile.Width = RedirectedWidth;
        }
        return screen;
    }
}
