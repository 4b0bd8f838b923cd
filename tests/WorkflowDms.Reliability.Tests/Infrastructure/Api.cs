using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowDms.Reliability.Tests.Infrastructure;

/// <summary>The few API calls these tests make, over any HttpClient (in-process test server or a real socket).</summary>
internal static class Api
{
    public const string Password = "Demo-pass-1";

    public static void UseDealerKey(this HttpClient client, string dealerCode) =>
        client.DefaultRequestHeaders.Add("X-Api-Key", $"demo-key-{dealerCode}");

    public static async Task LogInAsync(this HttpClient client, string email, CancellationToken cancellationToken)
    {
        var response = await client.PostJsonAsync("/api/v1/auth/login", $$"""{"email":"{{email}}","password":"{{Password}}"}""", null, cancellationToken);
        var body = await response.ExpectAsync(HttpStatusCode.OK, cancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["accessToken"]!.GetValue<string>());
    }

    public static Task<HttpResponseMessage> PostJsonAsync(
        this HttpClient client, string url, string json, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, cancellationToken);
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url, CancellationToken cancellationToken) =>
        await (await client.GetAsync(url, cancellationToken)).ExpectAsync(HttpStatusCode.OK, cancellationToken);

    public static async Task<JsonArray> GetArrayAsync(this HttpClient client, string url, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(url, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    public static async Task<JsonObject> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Every open claim task the caller sees, by claim id, paged through with the inbox's keyset cursor.</summary>
    public static async Task<Dictionary<string, string>> OpenClaimTasksAsync(this HttpClient staff, CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<string, string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var url = "/api/v1/tasks?caseType=claim&status=open&limit=200" + (cursor is null ? "" : "&after=" + Uri.EscapeDataString(cursor));
            var page = await staff.GetJsonAsync(url, cancellationToken);
            foreach (var task in page["items"]!.AsArray())
            {
                tasks[task!["caseId"]!.GetValue<string>()] = task["id"]!.GetValue<string>();
            }

            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return tasks;
    }

    /// <summary>The number of audit entries with one action, paged through by sequence.</summary>
    public static async Task<int> CountAuditAsync(this HttpClient admin, string action, CancellationToken cancellationToken)
    {
        var count = 0;
        long? after = null;
        while (true)
        {
            var page = await admin.GetArrayAsync($"/api/v1/audit?action={action}&limit=1000" + (after is null ? "" : $"&after={after}"), cancellationToken);
            count += page.Count;
            if (page.Count < 1000)
            {
                return count;
            }

            after = page[^1]!["sequence"]!.GetValue<long>();
        }
    }
}
