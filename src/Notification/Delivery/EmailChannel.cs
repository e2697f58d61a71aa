using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;

namespace Telehealth.Notification.Delivery;

/// <summary>Email over SMTP (System.Net.Mail), or into a pickup directory when no server is configured.</summary>
public sealed class EmailChannel(IOptions<EmailOptions> options) : IDeliveryChannel
{
    public const string DeliveryIdHeader = "X-Telehealth-Delivery-Id";
    public const string NotificationIdHeader = "X-Telehealth-Notification-Id";

    public Channel Channel => Channel.Email;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var mail = Compose(message, settings);
        using var client = CreateClient(settings);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
            return SendResult.Sent;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient("timeout");
        }
        catch (SmtpException exception)
        {
            return Classify(exception);
        }
        catch (Exception exception) when (exception is IOException or SocketException or UnauthorizedAccessException)
        {
            return SendResult.Transient(exception.GetType().Name);
        }
    }

    private static MailMessage Compose(OutgoingMessage message, EmailOptions settings)
    {
        var mail = new MailMessage(new MailAddress(settings.From), new MailAddress(message.Address))
        {
            Subject = message.Subject,
            Body = message.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Priority = message.Priority == Priority.Urgent ? MailPriority.High : MailPriority.Normal,
        };
        // A stable Message-ID lets a mail system drop the copy a retry after a crash may send.
        mail.Headers.Add("Message-ID", $"<{message.DeliveryId:N}@telehealth>");
        mail.Headers.Add(DeliveryIdHeader, message.DeliveryId.ToString());
        if (message.NotificationId is { } notificationId)
        {
            mail.Headers.Add(NotificationIdHeader, notificationId.ToString());
        }
        return mail;
    }

    private static SmtpClient CreateClient(EmailOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory),
            };
        }
        var client = new SmtpClient(settings.Host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.EnableSsl,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }
        return client;
    }

    // 4xx replies and lost connections may pass; 5xx replies will not.
    private static SendResult Classify(SmtpException exception)
    {
        var code = exception is SmtpFailedRecipientException recipient ? recipient.StatusCode : exception.StatusCode;
        var error = $"smtp {code}";
        return (int)code >= 500 ? SendResult.Refused(error) : SendResult.Transient(error);
    }
}
