using Spectre.Console;

namespace Telehealth.Cli.Output.Views;

internal static class Columns
{
    /// <summary>A column of ids: never wrapped, since a broken UUID cannot be copied back into a command.</summary>
    public static TableColumn Id(string header) => new TableColumn(header).NoWrap();
}
