using System.Net.Mail;
using NodaTime;
using Telehealth.Notification.Grpc;
using Telehealth.Notification.Policies;
using Telehealth.ServiceDefaults.Api;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Recipients;

/// <summary>What preferences must look like before anything is looked up or written; every fault is named by its field.</summary>
public static class PreferencesValidation
{
    public const int MaxEmailLength = RequestLimits.Email;
    public const int MaxUrlLength = RequestLimits.WebhookUrl;

    public static ValidatedPreferences Validate(Proto.SetPreferencesRequest request, bool allowHttpWebhooks, WebhookTargetPolicy webhookTargets)
    {
        var errors = new FieldErrors();
        errors.Uuid("request_id", request.RequestId);
        var recipientId = OptionalRecipient(errors, request.RecipientId);
        var channels = Channels(errors, request.Channels);

        var email = request.Email.Trim();
        if (email.Length > 0 && !IsEmailAddress(email))
        {
            errors.Add("email", "must be an email address such as name@example.org");
        }
        else if (email.Length == 0 && channels.Contains(Proto.Channel.Email))
        {
            errors.Add("email", "is required for the EMAIL channel");
        }

        var webhookUrl = request.WebhookUrl.Trim();
        if (webhookUrl.Length > 0 && !IsWebhookUrl(webhookUrl, allowHttpWebhooks))
        {
            errors.Add("webhook_url", allowHttpWebhooks ? "must be an absolute http or https URL without credentials" : "must be an absolute https URL without credentials");
        }
        else if (webhookUrl.Length > 0 && webhookTargets.Check(new Uri(webhookUrl)) is { Allowed: false } refused)
        {
            errors.Add("webhook_url", $"must point to a public host, not {refused.Refusal}");
        }
        else if (webhookUrl.Length == 0 && channels.Contains(Proto.Channel.Webhook))
        {
            errors.Add("webhook_url", "is required for the WEBHOOK channel");
        }

        var timeZone = request.TimeZone.Trim();
        if (timeZone.Length == 0)
        {
            timeZone = "UTC";
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            errors.Add("time_zone", "must be an IANA time zone such as Europe/London");
        }

        var (quietStart, quietEnd) = Quiet(errors, request.QuietHours);
        errors.ThrowIfAny();
        return new ValidatedPreferences(
            recipientId,
            channels.Contains(Proto.Channel.Email), email.Length > 0 ? email : null,
            channels.Contains(Proto.Channel.Webhook), webhookUrl.Length > 0 ? webhookUrl : null,
            timeZone, quietStart, quietEnd);
    }

    /// <summary>An empty recipient_id means the caller; anything else must be a UUID.</summary>
    public static Guid? OptionalRecipient(FieldErrors errors, string recipientId)
    {
        if (recipientId.Length == 0)
        {
            return null;
        }
        if (!Guid.TryParse(recipientId, out var id) || id == Guid.Empty)
        {
            errors.Add("recipient_id", "must be a UUID, or empty for yourself");
            return null;
        }
        return id;
    }

    public static bool IsEmailAddress(string value) =>
        value.Length <= MaxEmailLength
        && !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsWebhookUrl(string value, bool allowHttp) =>
        value.Length <= MaxUrlLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        && uri.UserInfo.Length == 0
        && uri.Fragment.Length == 0
        && uri.Host.Length > 0;

    private static HashSet<Proto.Channel> Channels(FieldErrors errors, IReadOnlyList<Proto.Channel> requested)
    {
        var channels = errors.AtMost("channels", requested, RequestLimits.Channels);
        for (var i = 0; i < channels.Count; i++)
        {
            if (channels[i] == Proto.Channel.Unspecified || !Enum.IsDefined(channels[i]))
            {
                errors.Add($"channels[{i}]", "must be IN_APP, EMAIL or WEBHOOK");
            }
        }
        return channels.ToHashSet();
    }

    private static (string? Start, string? End) Quiet(FieldErrors errors, Proto.QuietHours? quiet)
    {
        if (quiet is null)
        {
            return (null, null);
        }
        var startValid = QuietHours.TryParseTime(quiet.Start, out var start);
        var endValid = QuietHours.TryParseTime(quiet.End, out var end);
        if (!startValid)
        {
            errors.Add("quiet_hours.start", "must be a local time HH:mm");
        }
        if (!endValid)
        {
            errors.Add("quiet_hours.end", "must be a local time HH:mm");
        }
        if (startValid && endValid && start == end)
        {
            errors.Add("quiet_hours.end", "must differ from quiet_hours.start");
        }
        return startValid && endValid ? (QuietHours.Format(start), QuietHours.Format(end)) : (null, null);
    }
}
