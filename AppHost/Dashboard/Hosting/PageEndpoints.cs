using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Telehealth.AppHost.Dashboard.Hosting;

/// <summary>
/// Every page is the same shell (index.html) whose script draws the view the path names; scripts and styles
/// are served from /assets without login, since they hold no data.
/// </summary>
internal static class PageEndpoints
{
    private static readonly string[] Pages = ["/", "/resources", "/console", "/logs", "/traces", "/traces/{traceId}", "/metrics"];

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        foreach (var page in Pages)
        {
            endpoints.MapGet(page, (HttpContext context, EmbeddedAssets assets) => Serve(context, assets.Find("index.html")));
        }
        endpoints.MapGet("/assets/{**path}", (HttpContext context, string path, EmbeddedAssets assets) => Serve(context, assets.Find(path)))
            .AllowAnonymous();
        // Browsers ask for it on every page; answering keeps the log free of redirects to the login page.
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/assets/icon.svg")).AllowAnonymous();
        return endpoints;
    }

    private static IResult Serve(HttpContext context, EmbeddedAsset? asset)
    {
        if (asset is null)
        {
            return Results.NotFound();
        }
        context.Response.Headers.ETag = asset.ETag;
        // no-cache: revalidate each time (cheap with the ETag), so a rebuilt dashboard never runs stale scripts.
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
