namespace Telehealth.Notification.Composition;

/// <summary>Who a notification speaks to, which decides its wording.</summary>
public enum Audience
{
    Patient,
    Therapist,
}
