using System.Net;
using System.Net.Http.Headers;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>Callers of a second host on the same database (a restarted or another host).</summary>
internal static class DesignerClients
{
    public static HttpClient WithKey(this HttpClient client, string dealerCode)
    {
        client.DefaultRequestHeaders.Add("X-Api-Key", $"demo-key-{dealerCode}");
        return client;
    }

    public static async Task<HttpClient> LoginAsync(this HttpClient client, string email)
    {
        var login = await client.PostJsonAsync("/api/v1/auth/login", ApiClient.Serialize(new { email, password = "Demo-pass-1" })).ExpectAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["accessToken"]!.GetValue<string>());
        return client;
    }
}
