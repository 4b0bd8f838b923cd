using Microsoft.AspNetCore.Mvc.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowDms.Host.Tests.Infrastructure;

/// <summary>Small helpers over HttpClient for the API's callers: dealers with keys, staff with tokens.</summary>
public static class ApiClient
{
    public static HttpClient AsDealer(this HostFixture host, string dealerCode)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", $"demo-key-{dealerCode}");
        return client;
    }

    public static async Task<HttpClient> AsStaffAsync(this WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Demo-pass-1" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

    public static async Task<JsonObject> ExpectAsync(this Task<HttpResponseMessage> response, HttpStatusCode status) =>
        await (await response).ExpectAsync(status);

    public static async Task<JsonObject> ExpectProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode status) =>
        await (await response).ExpectProblemAsync(status);

    public static async Task<JsonObject> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? [] : JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>A ProblemDetails response with the expected status; returns it for further checks.</summary>
    public static async Task<JsonObject> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectAsync(status);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "");
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        return problem;
    }

    public static string Serialize(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
