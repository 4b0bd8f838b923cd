using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// Acceptance 4, the access matrix: every route of the OpenAPI document that takes an id is called by a caller
/// outside the object's subtree and must answer 404 without revealing anything of the object. Objects come from
/// <see cref="OwnedObjectFactories"/>; a route with an id and no factory fails the test, so a new route cannot
/// slip past the matrix.
/// </summary>
public sealed partial class AccessMatrixTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryRouteWithAnId_HasAnOwnedObjectFactory()
    {
        var routes = await RoutesWithIdsAsync();
        var registry = OwnedObjectFactories.Build();
        var missing = routes.Where(r => !registry.Factories.ContainsKey(r)).ToList();
        var stale = registry.Factories.Keys.Where(k => !routes.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Routes with an id but no factory in OwnedObjectFactories.<Area>.cs:\n  " + string.Join("\n  ", missing));
        Assert.True(stale.Count == 0, "Factories for routes the API no longer has:\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public async Task EveryRouteWithAnId_CalledFromOutsideTheSubtree_Is404AndLeaksNothing()
    {
        var routes = await RoutesWithIdsAsync();
        var registry = OwnedObjectFactories.Build();
        var context = new MatrixContext(host);
        var failures = new List<string>();
        var checkedCalls = 0;
        foreach (var route in routes.Where(registry.Factories.ContainsKey))
        {
            var owned = await registry.Factories[route](context);
            var (method, template) = Split(route);
            var url = Fill(template, owned.RouteValues);
            Assert.NotEmpty(owned.Outsiders);
            foreach (var outsider in owned.Outsiders)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent(owned.Body ?? "{}", Encoding.UTF8, "application/json");
                }

                using var response = await outsider.SendAsync(request, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                checkedCalls++;
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {url}: expected 404, got {(int)response.StatusCode} {Truncate(body)}");
                    continue;
                }

                var leaked = owned.Secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{method} {url}: the 404 reveals {string.Join(", ", leaked)}: {Truncate(body)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCalls > 0);
    }

    /// <summary>"METHOD /template" of every operation whose path has a parameter named id or …Id.</summary>
    private async Task<HashSet<string>> RoutesWithIdsAsync()
    {
        var document = await (await host.CreateClient().GetAsync("/openapi/v1.json", Ct)).ExpectAsync(HttpStatusCode.OK);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var parameters = Parameter().Matches(path).Select(m => m.Groups[1].Value).ToList();
            if (!parameters.Any(p => p == "id" || p.EndsWith("Id", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var (method, _) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "patch" or "delete")
                {
                    routes.Add(OwnedObjectRegistry.Key(method, path));
                }
            }
        }

        return routes;
    }

    private static (string Method, string Template) Split(string key) => (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Parameter().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? Uri.EscapeDataString(v)
            : throw new InvalidOperationException($"The factory of {template} gives no value for {{{m.Groups[1].Value}}}."));

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
