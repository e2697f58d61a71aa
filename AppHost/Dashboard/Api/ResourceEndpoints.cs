using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Telehealth.AppHost.Dashboard.Auth;
using Telehealth.AppHost.Dashboard.Resources;

namespace Telehealth.AppHost.Dashboard.Api;

/// <summary>
/// GET /api/resources (also for scripts, with a bearer token), POST /api/resources/{name}/start|stop|restart,
/// GET /api/resources/{name}/console?after=N&amp;search=text.
/// </summary>
internal static class ResourceEndpoints
{
    /// <summary>Lines a console request returns at most: the newest ones.</summary>
    private const int MaxConsoleLines = 5_000;

    public static RouteGroupBuilder MapResourceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/resources", (IResourceCatalog catalog) => Results.Ok(catalog.Resources()));

        var actions = api.MapGroup("/resources/{name}").AddEndpointFilter<SameOriginFilter>();
        actions.MapPost("/start", (string name, ResourceActions resources) =>
            resources.RunAsync(name, "start", (catalog, token) => catalog.StartAsync(name, token)));
        actions.MapPost("/stop", (string name, ResourceActions resources) =>
            resources.RunAsync(name, "stop", (catalog, token) => catalog.StopAsync(name, token)));
        actions.MapPost("/restart", (string name, ResourceActions resources) =>
            resources.RunAsync(name, "restart", (catalog, token) => catalog.RestartAsync(name, token)));

        api.MapGet("/resources/{name}/console", (string name, long? after, string? search, IResourceCatalog catalog) =>
        {
            var lines = catalog.ConsoleLog(name, after ?? -1, string.IsNullOrWhiteSpace(search) ? null : search);
            if (lines is null)
            {
                return Results.NotFound(new { error = $"no resource named '{name}'" });
            }
            var newest = lines.Count > MaxConsoleLines ? lines.Skip(lines.Count - MaxConsoleLines).ToList() : lines;
            var next = newest.Count > 0 ? newest[^1].Sequence : after ?? -1;
            return Results.Ok(new ConsoleView(name, newest, next));
        });
        return api;
    }
}
