using Telehealth.Cli.Connection;
using Telehealth.Cli.Tests.Infrastructure;
using Telehealth.ServiceDefaults.Security;

namespace Telehealth.Cli.Tests;

public sealed class TokenTests : IDisposable
{
    private readonly DevelopmentIdentity _identity = DevelopmentIdentity.Create();
    private readonly CliRunner _cli = new();

    public void Dispose()
    {
        _identity.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task Prints_only_the_token_on_stdout_signed_by_the_apphost_key()
    {
        _identity.Save(Path.Combine(_cli.Home, ".state", "identity", "signing-key.json"));
        var subject = Guid.NewGuid();

        var result = await _cli.RunAsync("token", "--role", "therapist", "--subject", subject.ToString(), "--lifetime", "2h");

        Assert.True(result.ExitCode == 0, result.ToString());
        var token = result.Out.Trim();
        Assert.DoesNotContain('\n', token);
        var payload = TokenPayload.Read(token);
        Assert.Equal(subject, payload.Subject);
        Assert.Equal("therapist", payload.Role);
        Assert.InRange(payload.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddHours(2).AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(2).AddMinutes(1));
        Assert.Contains(_identity.KeyId, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.Split('.')[0]))));
        Assert.Contains($"Token for therapist {subject}", result.Error);
        Assert.Contains("the AppHost does not seem to be running", result.Error);
    }

    [Fact]
    public async Task Uses_the_key_the_manifest_names_and_a_new_subject_when_none_is_given()
    {
        using var elsewhere = new TempDirectory();
        var keyPath = elsewhere.File("key.json");
        _identity.Save(keyPath);
        var state = Directory.CreateDirectory(Path.Combine(_cli.Home, ".state")).FullName;
        File.WriteAllText(Path.Combine(state, "apphost.json"), $$"""{"identity": {{System.Text.Json.JsonSerializer.Serialize(keyPath)}}, "services": {} }""");

        var result = await _cli.RunAsync("token", "--role", "patient", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        var subject = Guid.Parse(json.GetProperty("subject").GetString()!);
        Assert.NotEqual(Guid.Empty, subject);
        Assert.Equal("patient", json.GetProperty("role").GetString());
        Assert.Equal(subject, TokenPayload.Read(json.GetProperty("token").GetString()!).Subject);
        Assert.True(DateTimeOffset.Parse(json.GetProperty("expiresAt").GetString()!) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Without_a_running_apphost_says_to_start_it()
    {
        var result = await _cli.RunAsync("token", "--role", "operator");

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("the AppHost must be running (bash scripts/start.sh).", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Only_people_roles_are_offered()
    {
        var result = await _cli.RunAsync("token", "--role", "service");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--role takes patient, therapist or operator, not 'service'.", result.Error);
    }

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
    }
}
