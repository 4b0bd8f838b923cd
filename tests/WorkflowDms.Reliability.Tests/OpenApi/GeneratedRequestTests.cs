using System.Diagnostics;
using System.Text.Json.Nodes;
using CsCheck;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>
/// Issue 5, hostile input: for every route and method of /openapi/v1.json, requests generated from its schemas
/// and spoiled (wrong types, missing and unknown fields, huge strings and numbers, odd Unicode, broken JSON), sent
/// as a dealer and as staff: never a 5xx, every 4xx a ProblemDetails. CsCheck shrinks a failing request to a small
/// one and prints its seed; <c>WORKFLOWDMS_OPENAPI_CASES</c> sets the cases per route (CI: 40),
/// <c>WORKFLOWDMS_OPENAPI_SEED</c> replays a seed.
/// </summary>
public sealed class GeneratedRequestTests(ReliabilityHost host, ITestOutputHelper output) : IClassFixture<ReliabilityHost>
{
    /// <summary>Routes that take away the caller's own access run last, so they do not hide the others.</summary>
    private static readonly string[] LockingOut = ["deactivate", "revoke", "/roles", "logout", "/move", "/rename"];

    [Theory]
    [InlineData("dealer")]
    [InlineData("staff")]
    public async Task EveryRoute_GeneratedHostileRequests_NeverServerErrorAndAlwaysProblemDetails(string caller)
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = RunSize.From("WORKFLOWDMS_OPENAPI_CASES", 40);
        var seed = Environment.GetEnvironmentVariable("WORKFLOWDMS_OPENAPI_SEED");
        var client = await ClientAsync(caller, ct);
        var document = await host.CreateClient().GetJsonAsync("/openapi/v1.json", ct);
        var operations = ApiOperation.ReadAll(document)
            .OrderBy(o => LockingOut.Any(l => o.PathTemplate.Contains(l, StringComparison.Ordinal)))
            .ToList();
        var ids = await KnownIdsAsync(client, operations, ct);
        var generator = new RequestGenerator(new SchemaValues(document, ids));

        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var operation in operations)
        {
            try
            {
                await generator.For(operation).SampleAsync(
                    async request =>
                    {
                        Interlocked.Increment(ref sent);
                        using var message = request.ToMessage();
                        using var response = await client.SendAsync(message, ct);
                        var body = await response.Content.ReadAsStringAsync(ct);
                        var violation = ResponseContract.Violation((int)response.StatusCode, response.Content.Headers.ContentType, body);
                        Assert.True(violation is null, violation);
                    },
                    seed: seed, iter: cases, threads: 1, print: r => r.ToString());
            }
            catch (Exception e) when (e is CsCheckException)
            {
                failures.Add($"{operation}: {e.Message}\n  → {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            }
        }

        output.WriteLine($"{operations.Count} operations, {sent} requests as {caller} in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, $"{failures.Count} of {operations.Count} operations broke the contract:\n" + string.Join("\n\n", failures));
    }

    private async Task<HttpClient> ClientAsync(string caller, CancellationToken ct)
    {
        var client = host.CreateClient();
        if (caller == "dealer")
        {
            client.UseDealerKey("D1001");
            var repairDate = DateOnly.FromDateTime(ReliabilityHost.Today.UtcDateTime).AddDays(-4);
            await client.PostJsonAsync("/api/v1/claims", ClaimBodies.CatalyticConverter("GEN-REVIEW", repairDate), null, ct);
            await client.PostJsonAsync("/api/v1/claims", ClaimBodies.Wiper("GEN-AUTO", repairDate), null, ct);
        }
        else
        {
            await client.LogInAsync("admin@demo.local", ct);
        }

        return client;
    }

    /// <summary>Ids the caller can see (from every list without parameters), so generated paths hit real objects too.</summary>
    private static async Task<List<string>> KnownIdsAsync(HttpClient client, IEnumerable<ApiOperation> operations, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var operation in operations.Where(o => o.Method == "GET" && !o.PathTemplate.Contains('{', StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(operation.PathTemplate, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                Collect(JsonNode.Parse(text), ids);
            }
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static void Collect(JsonNode? node, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if ((key == "id" || key.EndsWith("Id", StringComparison.Ordinal)) && value is JsonValue v
                        && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out _))
                    {
                        ids.Add(text);
                    }

                    Collect(value, ids);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, ids);
                }

                break;
        }
    }
}
