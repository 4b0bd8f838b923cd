using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Designer;

/// <summary>The API calls the designer tests make beside the browser: dealers submitting claims, staff deciding and reading.</summary>
internal static class DesignerApi
{
    public static HttpClient AsDealer(this WebAppHost host, string dealerCode)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", $"demo-key-{dealerCode}");
        return client;
    }

    public static async Task<HttpClient> AsStaffAsync(this WebAppHost host, string email)
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Demo-pass-1" }, TestContext.Current.CancellationToken);
        var token = (await ReadAsync(login, HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A warranty claim as docs/demo-walkthrough.sh sends it, repaired five days before the host's today.</summary>
    public static async Task<JsonObject> SubmitClaimAsync(this HttpClient dealer, string number, string partNumber, string faultCode, decimal hours)
    {
        var operation = partNumber == "PN-2002" ? "LOP-WIP-001" : "LOP-ENG-010";
        var body = new JsonObject
        {
            ["dealerClaimNumber"] = number,
            ["vin"] = "LSVAU2185N2100001",
            ["repairOrderNumber"] = $"RO-{number}",
            ["repairDate"] = WebAppHost.Today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["mileageKm"] = 23500,
            ["faultCode"] = faultCode,
            ["causalPartNumber"] = partNumber,
            ["lines"] = new JsonArray(
                new JsonObject { ["type"] = "labor", ["operationCode"] = operation, ["hours"] = hours },
                new JsonObject { ["type"] = "part", ["partNumber"] = partNumber, ["quantity"] = 1 }),
        };
        return await dealer.PostAsync("/api/v1/claims", body, HttpStatusCode.Created);
    }

    public static async Task<JsonObject> PostAsync(this HttpClient client, string url, JsonNode body, HttpStatusCode expected)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await ReadAsync(await client.PostAsync(url, content, TestContext.Current.CancellationToken), expected);
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url) =>
        JsonNode.Parse(await client.GetStringAsync(url, TestContext.Current.CancellationToken))!;

    /// <summary>The open task of a case in the caller's view (all tasks the caller may see).</summary>
    public static async Task<JsonObject> OpenTaskOfAsync(this HttpClient staff, string caseId)
    {
        var page = await staff.GetJsonAsync("/api/v1/tasks?view=all&status=open&limit=200");
        return page["items"]!.AsArray().Single(t => t!["caseId"]!.GetValue<string>() == caseId)!.AsObject();
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }
}
