namespace Telehealth.Cli.Hosting;

/// <summary>
/// Where a command reads and writes. Tests pass string writers and a scripted reader; the flags say
/// whether a person is at the other end, which decides colours and whether to ask questions.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputIsTerminal, bool OutputIsTerminal)
{
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, Console.In, !Console.IsInputRedirected, !Console.IsOutputRedirected);
}
