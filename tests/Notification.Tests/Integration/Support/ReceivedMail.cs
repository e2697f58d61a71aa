namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>One message an SMTP client handed over: its envelope recipients, headers (unfolded, decoded) and body.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Subject => Header("Subject");

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
