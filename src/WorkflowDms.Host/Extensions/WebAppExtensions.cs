using Microsoft.Net.Http.Headers;

namespace WorkflowDms.Host.Extensions;

/// <summary>
/// Serves the web app (designer/, built by the host's build into wwwroot). Hashed assets are cached for a year;
/// index.html never, so a new build is picked up at the next page load. Any path that is not the API, the
/// OpenAPI pages or a health check falls back to index.html so the app's client-side routes survive a reload.
/// </summary>
internal static class WebAppExtensions
{
    public static void UseWebApp(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                var immutable = ctx.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal);
                ctx.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });

        // Routing after the files: matched first, the fallback endpoint would stop the static-file middleware
        // (it serves nothing once an endpoint is chosen) and every asset would be answered with index.html.
        app.UseRouting();
    }

    public static void MapWebAppFallback(this WebApplication app) =>
        app.MapFallbackToFile("{*path:regex(^(?!api/|openapi/|health/).*$)}", "index.html", new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
}
