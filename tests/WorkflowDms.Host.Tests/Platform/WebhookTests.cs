using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkflowDms.Application.Webhooks;
using WorkflowDms.Domain.Integration;
using WorkflowDms.Host.Jobs;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Webhooks end to end: signed status changes of the dealer's own cases reach a real HTTP receiver; failures retry, fail, replay.</summary>
public sealed class WebhookTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task StatusChangesOfOwnCases_AreDeliveredSigned_OtherDealersAreNot()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var dealer = host.AsDealer("D1001");
        var registered = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url = receiver.Url, caseTypes = new[] { "claim" } })).ExpectAsync(HttpStatusCode.Created);
        var secret = registered["secret"]!.GetValue<string>();
        var hookId = registered["webhook"]!["id"]!.GetValue<string>();

        var mine = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WH-1"))).ExpectAsync(HttpStatusCode.Created);
        var foreign = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WH-X"))).ExpectAsync(HttpStatusCode.Created);
        await RunWebhooksAsync();

        Assert.NotEmpty(receiver.Requests);
        foreach (var request in receiver.Requests)
        {
            var body = JsonNode.Parse(request.Body)!;
            Assert.Equal("claim", body["caseType"]!.GetValue<string>());
            Assert.Equal("status-changed", request.Headers[WebhookSignature.EventHeader]);
            var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
            Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeSeconds(), timestamp);
            Assert.True(WebhookSignature.Verify(secret, timestamp, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
            Assert.DoesNotContain(foreign["id"]!.GetValue<string>(), request.Body);
        }

        Assert.Contains(receiver.Requests, r => JsonNode.Parse(r.Body)!["caseId"]!.GetValue<string>() == mine["id"]!.GetValue<string>()
            && JsonNode.Parse(r.Body)!["status"]!.GetValue<string>() == mine["status"]!.GetValue<string>());
        var deliveries = await GetArrayAsync(dealer, $"/api/v1/webhooks/{hookId}/deliveries");
        Assert.Equal(receiver.Requests.Count, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("delivered", d!["state"]!.GetValue<string>()));

        // A second round sends nothing again.
        var before = receiver.Requests.Count;
        await RunWebhooksAsync();
        Assert.Equal(before, receiver.Requests.Count);
    }

    [Fact]
    public async Task FailingReceiver_IsRetriedWithBackOff_ThenFailed_ThenReplayed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusCode = 500;
        var dealer = host.AsDealer("D2001");
        var registered = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url = receiver.Url })).ExpectAsync(HttpStatusCode.Created);
        var hookId = registered["webhook"]!["id"]!.GetValue<string>();
        await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WH-F1"))).ExpectAsync(HttpStatusCode.Created);

        await RunWebhooksAsync();
        var pending = await GetArrayAsync(dealer, $"/api/v1/webhooks/{hookId}/deliveries");
        Assert.NotEmpty(pending);
        Assert.All(pending, d =>
        {
            Assert.Equal("pending", d!["state"]!.GetValue<string>());
            Assert.Equal(1, d["attempts"]!.GetValue<int>());
            Assert.Equal(500, d["lastStatusCode"]!.GetValue<int>());
            Assert.True(d["nextAttemptAt"]!.GetValue<DateTime>() > host.Clock.GetUtcNow().UtcDateTime);
        });

        // Nothing is due before the back-off has passed.
        var sent = receiver.Requests.Count;
        await RunWebhooksAsync();
        Assert.Equal(sent, receiver.Requests.Count);

        for (var round = 2; round <= WebhookDispatcher.MaxAttempts; round++)
        {
            host.Clock.Advance(TimeSpan.FromHours(8));
            await RunWebhooksAsync();
        }

        var failed = await GetArrayAsync(dealer, $"/api/v1/webhooks/{hookId}/deliveries?state=failed");
        Assert.Equal(pending.Count, failed.Count);
        Assert.All(failed, d => Assert.Equal(WebhookDispatcher.MaxAttempts, d!["attempts"]!.GetValue<int>()));
        Assert.Contains("500", failed[0]!["lastError"]!.GetValue<string>());

        receiver.StatusCode = 204;
        var deliveryId = failed[0]!["id"]!.GetValue<string>();
        await host.AsDealer("D1001").PostJsonAsync($"/api/v1/webhooks/{hookId}/deliveries/{deliveryId}/replay", "{}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var replayed = await (await dealer.PostAsync($"/api/v1/webhooks/{hookId}/deliveries/{deliveryId}/replay", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("pending", replayed["state"]!.GetValue<string>());
        await RunWebhooksAsync();

        var after = await GetArrayAsync(dealer, $"/api/v1/webhooks/{hookId}/deliveries?state=delivered");
        var delivered = Assert.Single(after);
        Assert.Equal(1, delivered!["replays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Registration_BadUrlIs400_StaffCannotRegister_RemovedWebhookStops()
    {
        var dealer = host.AsDealer("D1001");
        var problem = await dealer.PostJsonAsync("/api/v1/webhooks", """{"url":"ftp://example.test/x"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("url", problem["detail"]!.GetValue<string>());
        var staff = await host.AsStaffAsync("admin@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync("/api/v1/webhooks", """{"url":"https://example.test/x"}""")).StatusCode);

        await using var receiver = await WebhookReceiver.StartAsync();
        var registered = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url = receiver.Url })).ExpectAsync(HttpStatusCode.Created);
        var hookId = registered["webhook"]!["id"]!.GetValue<string>();
        var removed = await (await dealer.DeleteAsync($"/api/v1/webhooks/{hookId}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.False(removed["active"]!.GetValue<bool>());
        await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WH-R1"))).ExpectAsync(HttpStatusCode.Created);
        await RunWebhooksAsync();
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public void DeliveryWorker_IsRegisteredAsHostedService()
    {
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is WebhookDeliveryService);
    }

    private Task<int> RunWebhooksAsync() => host.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync(Ct);
}
