using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Data;
using Telehealth.Notification.Delivery;
using Telehealth.Notification.Policies;
using Telehealth.ServiceDefaults.Api;
using Telehealth.ServiceDefaults.Persistence;
using Proto = Telehealth.Contracts.Notification.V1;

namespace Telehealth.Notification.Recipients;

/// <summary>Reads and replaces a recipient's preferences. New preferences apply to deliveries planned from then on.</summary>
public sealed class RecipientDirectory(NotificationDbContext db, TimeProvider clock, IOptions<WebhookOptions> webhooks, WebhookTargetPolicy webhookTargets)
{
    private const string SetMethod = "SetPreferences";

    public async Task<Proto.Preferences> SetAsync(Proto.SetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var valid = PreferencesValidation.Validate(request, webhooks.Value.AllowHttp, webhookTargets);
        if (await db.FindAnswerAsync(request.RequestId, SetMethod, caller.Id, Proto.Preferences.Parser, cancellationToken) is { } answered)
        {
            return answered;
        }
        var recipientId = await RecipientAccess.ResolveAsync(db, caller, valid.RecipientId, cancellationToken);
        return await ConcurrentWrites.RetryAsync(db, async () =>
        {
            var now = StoredTime.Now(clock);
            var recipient = await db.Recipients.FirstOrDefaultAsync(r => r.Id == recipientId, cancellationToken);
            if (recipient is null)
            {
                recipient = new Recipient { Id = recipientId, CreatedAt = now, Role = RoleOf(caller, recipientId) };
                db.Recipients.Add(recipient);
            }
            recipient.EmailEnabled = valid.EmailEnabled;
            recipient.Email = valid.Email;
            recipient.WebhookEnabled = valid.WebhookEnabled;
            recipient.WebhookUrl = valid.WebhookUrl;
            recipient.TimeZone = valid.TimeZone;
            recipient.QuietStart = valid.QuietStart;
            recipient.QuietEnd = valid.QuietEnd;
            recipient.PreferencesUpdatedAt = now;
            var response = PreferencesMapping.ToProto(recipientId, recipient);
            db.RememberAnswer(request.RequestId, SetMethod, caller.Id, response, now);
            return await db.SaveUnlessAnsweredMeanwhileAsync(request.RequestId, SetMethod, caller.Id, Proto.Preferences.Parser, cancellationToken) ?? response;
        });
    }

    public async Task<Proto.Preferences> GetAsync(Proto.GetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var requested = PreferencesValidation.OptionalRecipient(errors, request.RecipientId);
        errors.ThrowIfAny();
        var recipientId = await RecipientAccess.ResolveAsync(db, caller, requested, cancellationToken);
        var recipient = await db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recipientId, cancellationToken);
        return PreferencesMapping.ToProto(recipientId, recipient);
    }

    private static string? RoleOf(Caller caller, Guid recipientId) =>
        caller.Id == recipientId && caller.Role is CallerRole.Patient or CallerRole.Therapist
            ? caller.Role.ToString().ToLowerInvariant()
            : null;
}
