using System.CommandLine;
using Telehealth.Cli.Hosting;
using Telehealth.Cli.Tests.Infrastructure;

namespace Telehealth.Cli.Tests;

public sealed class ParserTests
{
    public static TheoryData<string> EveryCommand()
    {
        var root = TelehealthCli.Build(new CliHost { Console = new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, false, false), Environment = CliEnvironment.From(new Dictionary<string, string>()) });
        var paths = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}");
            }
        }
        Walk(root, "");
        return paths;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Every_command_has_help(string path)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"telehealth {path}".Trim(), result.Out);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("Description:", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Root_help_documents_exit_codes_and_environment()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes:", result.Out);
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "130" })
        {
            Assert.Contains($"  {code}", result.Out);
        }
        Assert.Contains("TELEHEALTH_TOKEN", result.Out);
        Assert.Contains("TELEHEALTH_PRESCRIPTION_URL", result.Out);
        Assert.Contains("TELEHEALTH_STATE_DIR", result.Out);
        Assert.Contains("TELEHEALTH_SCHEDULING_HTTP_URL", result.Out);
        Assert.DoesNotContain("TELEHEALTH_DASHBOARD", result.Out);
    }

    [Fact]
    public async Task Help_is_given_even_when_required_options_are_missing()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "prescribe", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--template", result.Out);
        Assert.Contains("(REQUIRED)", result.Out);
    }

    [Theory]
    [InlineData("Option '--patient' is required.", "therapist", "summary")]
    [InlineData("Option '--reason' is required.", "therapist", "prescribe", "--patient", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--template", "early")]
    [InlineData("Option '--role' is required.", "token")]
    [InlineData("Option '--pain-after' is required.", "patient", "report", "--pain-before", "3", "--all-done", "--no-red-flags")]
    public async Task A_missing_option_exits_2_naming_it(string message, params string[] args)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Contains("--help' for usage.", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("--patient takes an id, a UUID such as", "therapist", "summary", "--patient", "bob")]
    [InlineData("at least 4 hex digits, not '3f2'", "therapist", "summary", "--patient", "3f2")]
    [InlineData("--pain takes a whole number from 0 to 10, not '11'", "patient", "pain-check", "--pain", "11", "--usual", "2")]
    [InlineData("--category takes one of lumbar-strengthening, stabiliser-activation", "therapist", "exercises", "search", "--category", "yoga")]
    [InlineData("--timeout takes a duration", "therapist", "triage", "--timeout", "soon")]
    [InlineData("Say when: --at <time>, or --first-free.", "therapist", "book-review", "--patient", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("Say which exercise: --item", "therapist", "programme", "adjust", "--patient", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--reason", "x")]
    [InlineData("--red-flag", "patient", "report", "--pain-before", "1", "--pain-after", "1", "--all-done", "--red-flag", "headache")]
    [InlineData("not both", "patient", "report", "--pain-before", "1", "--pain-after", "1", "--all-done", "--red-flag", "fever", "--no-red-flags")]
    [InlineData("Say what you did: --all-done, or --exercise", "patient", "report", "--pain-before", "1", "--pain-after", "1", "--no-red-flags")]
    public async Task A_bad_value_exits_2_saying_what_is_expected(string message, params string[] args)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task A_group_without_a_command_lists_its_commands()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "suggestions");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'telehealth therapist suggestions' needs a command: list, approve, reject, undo.", result.Error);
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "prescirbe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("prescirbe", result.Error);
    }

    [Fact]
    public async Task Usage_errors_are_json_with_json()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("therapist", "summary", "--json");

        Assert.Equal(2, result.ExitCode);
        var error = result.ErrorJson();
        Assert.Equal(2, error.GetProperty("exitCode").GetInt32());
        Assert.Contains("--patient", error.GetProperty("message").GetString());
    }
}
