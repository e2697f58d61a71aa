using System.Security.Cryptography;
using System.Text;
using Telehealth.Notification.Delivery;

namespace Telehealth.Notification.Tests.Delivery;

public sealed class WebhookSignatureTests
{
    private const string Secret = "a-shared-secret-of-some-length";

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_body()
    {
        var body = Encoding.UTF8.GetBytes("""{"deliveryId":"x","sentAt":1}""");
        var expected = "sha256=" + Convert.ToHexString(new HMACSHA256(Encoding.UTF8.GetBytes(Secret)).ComputeHash(body)).ToLowerInvariant();

        Assert.Equal(expected, WebhookSignature.Sign(body, Secret));
        Assert.True(WebhookSignature.Verify(body, expected, Secret));
    }

    [Fact]
    public void A_changed_body_a_wrong_secret_or_a_missing_prefix_fails_verification()
    {
        var body = Encoding.UTF8.GetBytes("""{"sentAt":1}""");
        var signature = WebhookSignature.Sign(body, Secret);

        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("""{"sentAt":2}"""), signature, Secret));
        Assert.False(WebhookSignature.Verify(body, signature, Secret + "x"));
        Assert.False(WebhookSignature.Verify(body, signature["sha256=".Length..], Secret));
        Assert.False(WebhookSignature.Verify(body, null, Secret));
    }
}
