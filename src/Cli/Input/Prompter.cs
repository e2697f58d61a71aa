using Telehealth.Cli.Hosting;

namespace Telehealth.Cli.Input;

/// <summary>
/// Questions for a person at a terminal. Prompts go to stderr so that stdout (and --json) holds only the result.
/// </summary>
internal sealed class Prompter(CliConsole console)
{
    /// <summary>Only when stdin is a terminal: a script never waits on a question nobody reads.</summary>
    public bool CanAsk => console.InputIsTerminal;

    /// <summary>A whole number in [min, max]; null when skipping is allowed and the answer is empty.</summary>
    public int? AskNumber(string question, int min, int max, bool allowSkip)
    {
        while (true)
        {
            console.Error.Write($"{question} [{min}-{max}{(allowSkip ? ", Enter to skip" : "")}]: ");
            var answer = ReadLine().Trim();
            if (answer.Length == 0 && allowSkip)
            {
                return null;
            }
            if (int.TryParse(answer, out var value) && value >= min && value <= max)
            {
                return value;
            }
            console.Error.WriteLine($"  Please answer with a whole number from {min} to {max}.");
        }
    }

    public bool AskYesNo(string question)
    {
        while (true)
        {
            console.Error.Write($"{question} [y/n]: ");
            switch (ReadLine().Trim().ToLowerInvariant())
            {
                case "y" or "yes":
                    return true;
                case "n" or "no":
                    return false;
                default:
                    console.Error.WriteLine("  Please answer y or n.");
                    break;
            }
        }
    }

    private string ReadLine() =>
        console.In.ReadLine() ?? throw CliException.Usage("The input ended before every question was answered.");
}
