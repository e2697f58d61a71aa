using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Telehealth.Notification.Tests.Integration.Support;

/// <summary>
/// An SMS or push gateway stand-in: Kestrel on a free loopback port taking POST /hooks/{key}.
/// It checks X-Telehealth-Signature itself (HMAC-SHA256 of the body, hex) and that the signed
/// sentAt matches X-Telehealth-Timestamp. A webhook counts as accepted once answered 200; one
/// can be held unanswered to catch the sender mid-delivery; POST /redirect/{key} answers 302.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly byte[] _secret;
    private readonly ConcurrentDictionary<string, (int AfterAccepted, TaskCompletionSource<ReceivedWebhook> Held)> _holds = new();

    private WebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Answered 200 with a valid signature.</summary>
    public ConcurrentQueue<ReceivedWebhook> Accepted { get; } = new();

    /// <summary>Refused 401: the signature or timestamp did not check out.</summary>
    public ConcurrentQueue<ReceivedWebhook> Rejected { get; } = new();

    /// <summary>Held unanswered until the sender's connection dropped.</summary>
    public ConcurrentQueue<ReceivedWebhook> Aborted { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test folder holds the service's appsettings.json (its Kestrel endpoints among them): none of it applies here.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret);
        app.MapPost("/hooks/{key}", receiver.ReceiveAsync);
        app.MapPost("/redirect/{key}", receiver.Redirect);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    public string UrlFor(string key) => new Uri(BaseAddress, "/hooks/" + key).ToString();

    public IEnumerable<ReceivedWebhook> AcceptedFor(string key) => Accepted.Where(w => w.Key == key);

    /// <summary>POSTs to /redirect/{key}, each answered 302 towards /hooks/{key}.</summary>
    public ConcurrentQueue<string> Redirected { get; } = new();

    /// <summary>A URL answered with a redirect to <see cref="UrlFor"/> of the same key.</summary>
    public string RedirectingUrlFor(string key) => new Uri(BaseAddress, "/redirect/" + key).ToString();

    /// <summary>
    /// The next POST for <paramref name="key"/> once <paramref name="afterAccepted"/> have been
    /// accepted gets no answer; the task completes when it arrives.
    /// </summary>
    public Task<ReceivedWebhook> HoldNext(string key, int afterAccepted = 0)
    {
        var held = new TaskCompletionSource<ReceivedWebhook>(TaskCreationOptions.RunContinuationsAsynchronously);
        _holds[key] = (afterAccepted, held);
        return held.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Redirect(string key)
    {
        Redirected.Enqueue(key);
        return Results.Redirect("/hooks/" + key);
    }

    private async Task<IResult> ReceiveAsync(string key, HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var payload = JsonDocument.Parse(body).RootElement.Clone();
        var webhook = new ReceivedWebhook(
            key,
            http.Request.Headers["X-Telehealth-Delivery-Id"].ToString(),
            payload,
            Encoding.UTF8.GetString(body),
            Verify(body, http.Request.Headers["X-Telehealth-Signature"].ToString(), http.Request.Headers["X-Telehealth-Timestamp"].ToString(), payload));
        if (!webhook.SignatureValid)
        {
            Rejected.Enqueue(webhook);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
        if (_holds.TryGetValue(key, out var hold) && AcceptedFor(key).Count() >= hold.AfterAccepted && _holds.TryRemove(key, out _))
        {
            hold.Held.TrySetResult(webhook);
            try
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Aborted.Enqueue(webhook);
            }
            return Results.Empty;
        }
        Accepted.Enqueue(webhook);
        return Results.Ok();
    }

    private bool Verify(byte[] body, string signature, string timestamp, JsonElement payload)
    {
        var expected = "sha256=" + Convert.ToHexString(HMACSHA256.HashData(_secret, body)).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            && payload.TryGetProperty("sentAt", out var sentAt)
            && sentAt.GetInt64().ToString(CultureInfo.InvariantCulture) == timestamp;
    }
}
