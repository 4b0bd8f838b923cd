using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>
/// A staff member over the real API with a bearer token (demo password Demo-pass-1): what a colleague, an admin or
/// a test's set-up does beside the browser.
/// </summary>
internal sealed class StaffApi(HttpClient client) : IDisposable
{
    public static async Task<StaffApi> SignInAsync(WebAppHost host, string email, CancellationToken cancellationToken)
    {
        var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Demo-pass-1" }, cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} could not sign in: {(int)response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new StaffApi(client);
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        return await ReadAsync(response, HttpStatusCode.OK, cancellationToken);
    }

    public async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        return await ReadAsync(response, expected, cancellationToken);
    }

    /// <summary>The open or claimed task of a case in this user's inbox (none: the test fails).</summary>
    public async Task<string> TaskOfAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var page = await GetAsync("/api/v1/tasks?limit=200", cancellationToken);
        foreach (var task in page.GetProperty("items").EnumerateArray())
        {
            if (task.GetProperty("caseId").GetGuid() == caseId)
            {
                return task.GetProperty("id").GetString()!;
            }
        }

        throw new Xunit.Sdk.XunitException($"no task of case {caseId} in the inbox");
    }

    public void Dispose() => client.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
