using Google.Rpc;
using Grpc.Core;
using Telehealth.Notification.Policies;
using Telehealth.Notification.Recipients;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Tests.Recipients;

public sealed class PreferencesValidationTests
{
    [Fact]
    public void Good_preferences_are_normalised()
    {
        var valid = PreferencesValidation.Validate(Request(r =>
        {
            r.Channels.Add(Proto.Channel.Email);
            r.Email = " pat@clinic.example ";
            r.TimeZone = "Europe/London";
            r.QuietHours = new Proto.QuietHours { Start = "22:00", End = "07:00" };
        }), allowHttpWebhooks: false, WebhookTargetPolicy.Strict);

        Assert.Equal((true, "pat@clinic.example", false, (string?)null, "Europe/London", "22:00", "07:00"),
            (valid.EmailEnabled, valid.Email, valid.WebhookEnabled, valid.WebhookUrl, valid.TimeZone, valid.QuietStart, valid.QuietEnd));
        Assert.Null(valid.RecipientId);
    }

    [Fact]
    public void An_empty_time_zone_means_UTC()
    {
        Assert.Equal("UTC", PreferencesValidation.Validate(Request(_ => { }), false, WebhookTargetPolicy.Strict).TimeZone);
    }

    // field set → the field named in the error
    public static TheoryData<string, string> BadFields => new()
    {
        { "time_zone=Mars/Olympus_Mons", "time_zone" },
        { "time_zone=GMT Standard Time", "time_zone" },
        { "email=not-an-email", "email" },
        { "email=Pat <pat@clinic.example>", "email" },
        { "email=pat@localhost", "email" },
        { "webhook_url=ftp://push.example/hook", "webhook_url" },
        { "webhook_url=http://push.example/hook", "webhook_url" },
        { "webhook_url=https://user:secret@push.example/hook", "webhook_url" },
        { "webhook_url=/relative/hook", "webhook_url" },
        { "webhook_url=https://127.0.0.1:8443/hook", "webhook_url" },
        { "webhook_url=https://localhost/hook", "webhook_url" },
        { "webhook_url=https://169.254.169.254/latest/meta-data", "webhook_url" },
        { "channels=EMAIL", "email" },
        { "channels=WEBHOOK", "webhook_url" },
        { "channels=UNSPECIFIED", "channels[0]" },
        { "quiet_start=25:00", "quiet_hours.start" },
        { "quiet_end=7am", "quiet_hours.end" },
        { "quiet_end=22:00", "quiet_hours.end" },
        { "recipient_id=therapist-17", "recipient_id" },
        { "request_id=", "request_id" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Bad_input_names_the_field(string setting, string field)
    {
        var (name, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
        var request = Request(r =>
        {
            r.QuietHours = new Proto.QuietHours { Start = "22:00", End = "07:00" };
            switch (name)
            {
                case "time_zone": r.TimeZone = value; break;
                case "email": r.Email = value; break;
                case "webhook_url": r.WebhookUrl = value; break;
                case "channels": r.Channels.Add(Enum.Parse<Proto.Channel>(value, ignoreCase: true)); break;
                case "quiet_start": r.QuietHours.Start = value; break;
                case "quiet_end": r.QuietHours.End = value; break;
                case "recipient_id": r.RecipientId = value; break;
                case "request_id": r.RequestId = value; break;
            }
        });

        var error = Assert.Throws<RpcException>(() => PreferencesValidation.Validate(request, allowHttpWebhooks: false, WebhookTargetPolicy.Strict));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void Every_fault_is_named_at_once()
    {
        var error = Assert.Throws<RpcException>(() => PreferencesValidation.Validate(new Proto.SetPreferencesRequest
        {
            TimeZone = "Nowhere/Special", Email = "nope", WebhookUrl = "gopher://x",
        }, false, WebhookTargetPolicy.Strict));

        Assert.Equal(["request_id", "email", "webhook_url", "time_zone"], error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void Plain_http_webhooks_are_accepted_only_where_allowed()
    {
        var request = Request(r => r.WebhookUrl = "http://push.example:8080/hook");
        Assert.Equal("http://push.example:8080/hook", PreferencesValidation.Validate(request, allowHttpWebhooks: true, WebhookTargetPolicy.Strict).WebhookUrl);
        Assert.Throws<RpcException>(() => PreferencesValidation.Validate(request, allowHttpWebhooks: false, WebhookTargetPolicy.Strict));
    }

    [Fact]
    public void A_webhook_inside_the_network_is_refused_for_what_it_is_unless_the_clinic_allows_it()
    {
        var request = Request(r => r.WebhookUrl = "https://10.20.0.5:8443/hook");

        var error = Assert.Throws<RpcException>(() => PreferencesValidation.Validate(request, false, WebhookTargetPolicy.Strict));
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("webhook_url", "must point to a public host, not a private address"), (violation.Field, violation.Description));

        var clinic = WebhookTargetPolicy.From(["10.20.0.5:8443"], []);
        Assert.Equal("https://10.20.0.5:8443/hook", PreferencesValidation.Validate(request, false, clinic).WebhookUrl);
    }

    private static Proto.SetPreferencesRequest Request(Action<Proto.SetPreferencesRequest> shape)
    {
        var request = new Proto.SetPreferencesRequest { RequestId = Guid.NewGuid().ToString() };
        shape(request);
        return request;
    }
}
