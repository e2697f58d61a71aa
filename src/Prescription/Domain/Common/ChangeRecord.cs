namespace Telehealth.Prescription.Domain;

/// <summary>
/// Every clinical change records who, when and why (DESIGN.md, reliability rules); these are
/// the checks on the who and the why.
/// </summary>
internal static class ChangeRecord
{
    public const int MaxReasonLength = 4000;

    public static void Validate(Actor? actor, string? reason, ViolationList violations, string reasonField = "reason")
    {
        if (actor is null || string.IsNullOrWhiteSpace(actor.Id))
        {
            violations.Add("actor.id", "who made the change is required");
        }
        else if (!Enum.IsDefined(actor.Role))
        {
            violations.Add("actor.role", $"unknown role {(int)actor.Role}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            violations.Add(reasonField, "a reason is required for every change to a programme");
        }
        else if (reason.Length > MaxReasonLength)
        {
            violations.Add(reasonField, $"must be at most {MaxReasonLength} characters");
        }
    }
}
