using Google.Rpc;
using Grpc.Core;
using Telehealth.Notification.Tests.Integration.Support;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Integration;

/// <summary>
/// A string or a list one past its limit answers INVALID_ARGUMENT naming just that field, and
/// writes nothing; a message past the receive limit answers RESOURCE_EXHAUSTED. Each request is
/// valid apart from the one field, so the limit is what refuses it.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class InputLimitTests(NotificationSystem system)
{
    private static readonly string[] Tables = ["recipients", "notifications", "deliveries", "processed_requests", "outbox"];

    // What is past its limit → the field named, and how it is set in SetPreferences.
    private static readonly Dictionary<string, (string Field, Action<Proto.SetPreferencesRequest> Change)> Cases = new()
    {
        ["channels"] = ("channels", r => r.Channels.Add(Enumerable.Range(0, 11).Select(i => (Proto.Channel)(i % 3 + 1)))),
        ["email"] = ("email", r => r.Email = new string('a', 243) + "@example.org"),
        ["webhook url"] = ("webhook_url", r => r.WebhookUrl = "https://push.example/hooks/" + new string('a', 1974)),
    };

    public static TheoryData<string> OverLimitCases => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(OverLimitCases))]
    public async Task One_past_a_limit_is_invalid_naming_the_field_and_writes_nothing(string name)
    {
        var limit = Cases[name];
        var before = Rows();

        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(TestCaller.NewPatient(), limit.Change));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([limit.Field], error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? []);
        Assert.Equal(before, Rows());
    }

    [Fact]
    public async Task Just_within_the_limits_is_accepted()
    {
        var preferences = await system.Client.SetPreferencesAsync(TestCaller.NewPatient(), r =>
        {
            r.Channels.Add(Enumerable.Range(0, 10).Select(i => (Proto.Channel)(i % 3 + 1)));
            r.Email = new string('a', 242) + "@example.org";
            r.WebhookUrl = "https://push.example/hooks/" + new string('a', 1973);
        });

        Assert.Equal(254, preferences.Email.Length);
        Assert.Equal(2000, preferences.WebhookUrl.Length);
    }

    [Fact]
    public async Task A_message_past_the_receive_limit_is_resource_exhausted_and_writes_nothing()
    {
        var before = Rows();

        // 300 KiB: past the 256 KiB receive limit, within the library's 4 MiB default.
        var error = await Assert.ThrowsAsync<RpcException>(() => system.Client.SetPreferencesAsync(TestCaller.NewPatient(), r => r.WebhookUrl = "https://push.example/" + new string('a', 300 * 1024)));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(before, Rows());
    }

    private IReadOnlyDictionary<string, long> Rows() => DatabaseRows.CountAll(system.DatabaseFile, Tables);
}
