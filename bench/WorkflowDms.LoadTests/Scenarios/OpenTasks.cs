using System.Net.Http.Headers;
using System.Text.Json;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>The reviewer's open tasks, read through the inbox with keyset paging (200 a page).</summary>
internal static class OpenTasks
{
    public static async Task<List<Guid>> ListAsync(LoadSession session, int wanted, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(wanted);
        string? after = null;
        do
        {
            var url = "/api/v1/tasks?limit=200" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));
            using var response = await session.Http.SendAsync(Get(session, url), cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Inbox read failed: {(int)response.StatusCode} {text}");
            }

            using var page = JsonDocument.Parse(text);
            foreach (var item in page.RootElement.GetProperty("items").EnumerateArray())
            {
                ids.Add(item.GetProperty("id").GetGuid());
            }

            after = page.RootElement.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null && ids.Count < wanted);

        return ids.Count > wanted ? ids[..wanted] : ids;
    }

    public static HttpRequestMessage Get(LoadSession session, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.ReviewerToken);
        return request;
    }

    public static HttpRequestMessage Complete(LoadSession session, Guid taskId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete")
        {
            Content = new StringContent("""{"decision":"approve","comment":"Load test: diagnostics confirm the failure"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.ReviewerToken);
        return request;
    }
}
