using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Recalls;

/// <summary>Small helpers for the recall tests: campaigns, CSV imports polled to the end, claims, paged lists.</summary>
internal static class RecallApi
{
    public const string Manager = RecallDemoSeed.ManagerEmail;

    public static Task<HttpClient> ManagerAsync(HostFixture host) => host.AsStaffAsync(Manager);

    public static async Task<string> CreateCampaignAsync(HttpClient manager, string number, DateOnly expiresOn, string type = "Safety", int partsAvailability = 90)
    {
        var body = ApiClient.Serialize(new
        {
            number,
            title = $"Test campaign {number}",
            type,
            priority = 1,
            laborOperationCode = RecallDemoSeed.LaborOperation,
            partNumbers = new[] { RecallDemoSeed.Part },
            partsAvailabilityPercent = partsAvailability,
            minPartsAvailabilityPercent = 80,
            expiresOn = expiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var campaign = await manager.PostJsonAsync("/api/v1/recalls", body).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Draft", campaign["status"]!.GetValue<string>());
        return campaign["id"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string url, string csv) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") }, TestContext.Current.CancellationToken);

    /// <summary>Polls the import until it is finished; returns every progress reading in order and the last one.</summary>
    public static async Task<(List<JsonObject> Readings, JsonObject Final)> WaitForImportAsync(HttpClient manager, string campaignId, string importId)
    {
        var readings = new List<JsonObject>();
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var reading = await GetAsync(manager, $"/api/v1/recalls/{campaignId}/imports/{importId}");
            readings.Add(reading);
            if (reading["status"]!.GetValue<string>() is "Completed" or "Failed")
            {
                return (readings, reading);
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Import {importId} did not finish.");
    }

    public static async Task<string> ImportAndLaunchAsync(HttpClient manager, string number, DateOnly expiresOn, IEnumerable<string> vins)
    {
        var id = await CreateCampaignAsync(manager, number, expiresOn);
        var queued = await PostCsvAsync(manager, $"/api/v1/recalls/{id}/imports", string.Join('\n', vins)).ExpectAsync(HttpStatusCode.Accepted);
        var (_, final) = await WaitForImportAsync(manager, id, queued["id"]!.GetValue<string>());
        Assert.Equal("Completed", final["status"]!.GetValue<string>());
        Assert.Equal(0, final["rejected"]!.GetValue<int>());
        var launched = await manager.PostJsonAsync($"/api/v1/recalls/{id}/launch", "{}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Active", launched["status"]!.GetValue<string>());
        return id;
    }

    public static async Task<JsonObject> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>Every page of the open-vehicle list.</summary>
    public static async Task<List<JsonNode>> AllOpenVehiclesAsync(HttpClient client, string campaignId)
    {
        var all = new List<JsonNode>();
        string? after = null;
        do
        {
            var url = $"/api/v1/recalls/open-vehicles?campaignId={campaignId}&limit=500" + (after is null ? "" : $"&after={after}");
            var page = await GetAsync(client, url);
            all.AddRange(page["items"]!.AsArray().Select(i => i!));
            after = page["next"]?.GetValue<string>();
        }
        while (after is not null);
        return all;
    }

    public static string Claim(string campaignNumber, string vin, DateOnly repairDate, string repairOrder, bool relatedDamage = false) => ApiClient.Serialize(new
    {
        campaignNumber,
        vin,
        repairOrderNumber = repairOrder,
        repairDate = repairDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        mileageKm = 1_200,
        relatedDamage,
    });
}
