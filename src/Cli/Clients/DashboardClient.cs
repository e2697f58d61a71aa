using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Telehealth.Cli.Connection;
using Telehealth.Cli.Input;

namespace Telehealth.Cli.Clients;

/// <summary>The operator dashboard's JSON API, signed in with the dashboard's token as a bearer.</summary>
internal sealed class DashboardClient(ConnectionSettings settings)
{
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web);

    /// <summary>GET /api/resources: the raw JSON (for --json) and the resources read from it.</summary>
    public async Task<(JsonElement Json, IReadOnlyList<DashboardResource> Resources)> GetResourcesAsync(CancellationToken cancellationToken)
    {
        var json = await GetAsync("/api/resources", cancellationToken).ConfigureAwait(false);
        var resources = json.Deserialize<List<DashboardResource>>(Format)
            ?? throw new CliException(ExitCodes.Unexpected, "The dashboard answered /api/resources with no resources.");
        return (json, resources);
    }

    private async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        var baseAddress = settings.DashboardAddress();
        var token = settings.DashboardToken();
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw CliException.Denied($"The dashboard at {baseAddress} did not accept the token: use dashboardToken from apphost.json, --dashboard-token or {ConnectionSettings.DashboardTokenVariable}.");
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException(ExitCodes.Unexpected, $"The dashboard at {baseAddress} answered {path} with {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token).ConfigureAwait(false);
            return document.RootElement.Clone();
        }
        catch (HttpRequestException exception)
        {
            throw CliException.Unavailable($"Could not reach the dashboard at {baseAddress} ({exception.Message}); is the AppHost running? Start it with bash scripts/start.sh.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw CliException.Unavailable($"The dashboard at {baseAddress} did not answer within {Durations.Describe(settings.Timeout)}.");
        }
        catch (JsonException exception)
        {
            throw new CliException(ExitCodes.Unexpected, $"The dashboard at {baseAddress} answered {path} with something that is not JSON ({exception.Message}).");
        }
    }
}
