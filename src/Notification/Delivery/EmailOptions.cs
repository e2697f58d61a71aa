namespace Telehealth.Notification.Delivery;

/// <summary>An SMTP server (Host set), or else a pickup directory the messages are written to as .eml files.</summary>
public sealed class EmailOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string From { get; set; } = "Telehealth <no-reply@telehealth.invalid>";

    /// <summary>Used when Host is empty; defaults to data/mail-pickup under the content root.</summary>
    public string PickupDirectory { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
