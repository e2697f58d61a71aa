using Microsoft.Extensions.Options;
using Telehealth.Notification.Composition;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Delivery;

public sealed class EmailChannelTests : IDisposable
{
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), "telehealth-pickup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_a_server_mail_is_written_to_the_pickup_directory_with_its_delivery_id()
    {
        var channel = new EmailChannel(Options.Create(new EmailOptions { PickupDirectory = _pickup }));
        var message = new OutgoingMessage(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DeliveryPurpose.Direct, Priority.Urgent,
            "therapist@clinic.example", PublicText.TherapistUrgent.Subject, PublicText.TherapistUrgent.Body);

        var result = await channel.SendAsync(message, CancellationToken.None);

        Assert.True(result.Succeeded);
        var mail = File.ReadAllText(Assert.Single(Directory.GetFiles(_pickup, "*.eml")));
        Assert.Contains("To: therapist@clinic.example", mail);
        Assert.Contains($"{EmailChannel.DeliveryIdHeader}: {message.DeliveryId}", mail);
        Assert.Contains($"Message-ID: <{message.DeliveryId:N}@telehealth>", mail);
        Assert.Contains("X-Priority: 1", mail);
    }

    [Fact]
    public async Task A_server_that_refuses_connections_is_a_failure_worth_retrying()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var channel = new EmailChannel(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, Timeout = TimeSpan.FromSeconds(5) }));

        var result = await channel.SendAsync(
            new OutgoingMessage(Guid.NewGuid(), null, Guid.NewGuid(), DeliveryPurpose.Digest, Priority.Normal, "pat@clinic.example", "s", "b"),
            CancellationToken.None);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.StartsWith("smtp ", result.Error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }
}
