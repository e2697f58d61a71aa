using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Telehealth.TherapistConsole.Wording;

/// <summary>
/// A refused or failed call in a therapist's words: one sentence for the page, and a sentence per
/// form field the service named (INVALID_ARGUMENT's google.rpc.BadRequest), keyed by its API name.
/// </summary>
public sealed partial record ServiceProblem(string Message, IReadOnlyDictionary<string, string> Fields)
{
    public const string NotInCaseload = "This patient is not in your caseload.";

    public static ServiceProblem From(RpcException exception)
    {
        var detail = exception.Status.Detail.Trim();
        var fields = exception.StatusCode == StatusCode.InvalidArgument
            ? exception.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations
                .GroupBy(violation => violation.Field)
                .ToDictionary(group => group.Key, group => Sentence(group.First().Description))
            : null;
        var message = exception.StatusCode switch
        {
            // Services answer NOT_FOUND where admitting that a record exists would leak it.
            StatusCode.PermissionDenied or StatusCode.NotFound => NotInCaseload,
            StatusCode.Unauthenticated => "Your sign-in has expired. Sign in again.",
            StatusCode.InvalidArgument => fields is { Count: > 0 } ? "Some of what you entered needs changing." : $"That was not accepted{Saying(detail)}",
            StatusCode.Aborted => $"Someone changed this meanwhile{Saying(detail)} The page now shows the latest; check it and try again.",
            StatusCode.FailedPrecondition => $"Not possible just now{Saying(detail)}",
            StatusCode.AlreadyExists => $"That has been done already{Saying(detail)}",
            StatusCode.Unavailable or StatusCode.DeadlineExceeded => "The system is not answering just now. Try again in a moment.",
            StatusCode.ResourceExhausted => "Too many requests at once. Wait a moment and try again.",
            _ => "Something went wrong on our side. Try again; if it keeps happening, tell your administrator.",
        };
        return new ServiceProblem(message, fields ?? new Dictionary<string, string>());
    }

    /// <summary>What the service said about <paramref name="field"/>, or null when it said nothing.</summary>
    public string? For(string field) => Fields.GetValueOrDefault(field);

    /// <summary>
    /// What the service said about one number of a dose, wherever the dose sat in the request:
    /// "edited_dosage.sets" when deciding a suggestion, "items[0].dosage.sets" when prescribing.
    /// </summary>
    /// <param name="under">Only a dose within this part of the request, e.g. "items[2]." for the third item.</param>
    public string? ForDosage(string field, string under = "") =>
        Fields.FirstOrDefault(pair => pair.Key.StartsWith(under, StringComparison.Ordinal) && DosageFieldOf(pair.Key) == field).Value;

    /// <summary>The dose's field a violation names ("sets" in "items[0].dosage.sets"), or null when it names none.</summary>
    public static string? DosageFieldOf(string path)
    {
        const string Dosage = "dosage.";
        var at = path.LastIndexOf(Dosage, StringComparison.Ordinal);
        return at < 0 ? null : path[(at + Dosage.Length)..];
    }

    // "appointment_id: the appointment is cancelled" says the field for programs; a therapist reads what follows it.
    private static string Saying(string detail)
    {
        var words = FieldName().Replace(detail, "", 1);
        return words.Length > 0 ? $": {Sentence(words)}" : ".";
    }

    [GeneratedRegex(@"^[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*:\s+")]
    private static partial Regex FieldName();

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
