using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Webhooks;
using WorkflowDms.Domain.Integration;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>
/// Webhook hardening (ADR 0012): URLs that would make the host call into an internal network are refused at
/// registration and again at delivery; the signing secret is stored protected, shown once, rotatable, and a secret
/// stored in plain text before protection existed keeps signing until it is protected in place. The test host allows
/// loopback (127.0.0.0/8) for its receiver and, in Development, plain http.
/// </summary>
public sealed class WebhookSecurityTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("https://10.1.2.3/hook", "private")]
    [InlineData("https://192.168.0.10/hook", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "cloud metadata")]
    [InlineData("https://100.100.100.200/latest/meta-data/", "cloud metadata")]
    [InlineData("https://[fd00:ec2::254]/", "cloud metadata")]
    [InlineData("https://[::ffff:172.16.5.4]/hook", "private")]
    [InlineData("https://[64:ff9b::a00:1]/hook", "private")]
    [InlineData("https://[::1]/hook", "loopback")]
    [InlineData("https://[fe80::1]/hook", "link-local")]
    [InlineData("https://0.0.0.0/hook", "unspecified")]
    [InlineData("https://wdms-no-such-host.invalid/hook", "cannot be resolved")]
    [InlineData("https://user:pw@example.com/hook", "credentials")]
    public async Task Registration_OfAnInternalOrUnusableUrl_Is400NamingTheUrl(string url, string reason)
    {
        var dealer = host.AsDealer("D2001");
        var problem = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("url", problem["field"]!.GetValue<string>());
        Assert.Contains(reason, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(await GetArrayAsync(dealer, "/api/v1/webhooks"), w => w!["url"]!.GetValue<string>() == new Uri(url).ToString());
    }

    [Fact]
    public async Task UrlPolicy_HttpsOnlyByDefault_AllowedNetworksOverride_MetadataNever()
    {
        var strict = new WebhookUrlPolicy(new WebhookSecurityOptions());
        Assert.Contains("https", Assert.Throws<WebhookAddressRefusedException>(() => strict.EnsureScheme(new Uri("http://93.184.216.34/hook"))).Message, StringComparison.Ordinal);
        strict.EnsureScheme(new Uri("https://93.184.216.34/hook"));
        Assert.Single(await strict.ResolveAllowedAsync("8.8.8.8", Ct));
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => strict.ResolveAllowedAsync("127.0.0.1", Ct));
        await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => strict.ResolveAllowedAsync("2002:c0a8:101::1", Ct)); // 6to4 of 192.168.1.1

        var lenient = new WebhookUrlPolicy(new WebhookSecurityOptions { AllowHttp = true, AllowedNetworks = ["127.0.0.0/8", "169.254.0.0/16"] });
        lenient.EnsureScheme(new Uri("http://127.0.0.1:8080/hook"));
        Assert.Single(await lenient.ResolveAllowedAsync("127.0.0.1", Ct));
        Assert.Single(await lenient.ResolveAllowedAsync("169.254.10.10", Ct));
        var metadata = await Assert.ThrowsAsync<WebhookAddressRefusedException>(() => lenient.ResolveAllowedAsync("169.254.169.254", Ct));
        Assert.Contains("cloud metadata", metadata.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new WebhookUrlPolicy(new WebhookSecurityOptions { AllowedNetworks = ["localhost"] }));
    }

    [Fact]
    public async Task Delivery_ToAHostThatNowResolvesInternally_IsRefusedWithoutConnecting()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var dealer = host.AsDealer("D1001");
        var registered = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url = receiver.Url })).ExpectAsync(HttpStatusCode.Created);
        var hookId = Guid.Parse(registered["webhook"]!["id"]!.GetValue<string>());

        // What a DNS change after registration amounts to: the stored target is now an internal address.
        await WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == hookId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Url, "http://10.255.255.1:9/hook"), Ct));
        await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WS-D1"))).ExpectAsync(HttpStatusCode.Created);
        await RunWebhooksAsync();

        var deliveries = await GetArrayAsync(dealer, $"/api/v1/webhooks/{hookId}/deliveries");
        Assert.NotEmpty(deliveries);
        Assert.All(deliveries, d =>
        {
            Assert.Equal("pending", d!["state"]!.GetValue<string>());
            Assert.Null(d["lastStatusCode"]);
            Assert.Contains("Refused: '10.255.255.1' resolves to 10.255.255.1, a private address", d["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Secret_IsStoredProtected_ShownOnce_Rotated_AndALegacyPlainSecretKeepsSigning()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var dealer = host.AsDealer("D1001");
        var registered = await dealer.PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url = receiver.Url, caseTypes = new[] { "claim" } })).ExpectAsync(HttpStatusCode.Created);
        var first = registered["secret"]!.GetValue<string>();
        var hookId = Guid.Parse(registered["webhook"]!["id"]!.GetValue<string>());
        var stored = await StoredSecretAsync(hookId);
        Assert.StartsWith("dp1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(first, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", (await (await dealer.GetAsync($"/api/v1/webhooks/{hookId}", Ct)).ExpectAsync(HttpStatusCode.OK)).ToJsonString(), StringComparison.Ordinal);

        Assert.True(await DeliverOneAsync(dealer, receiver, "WS-S1", first));

        var rotated = await (await dealer.PostAsync($"/api/v1/webhooks/{hookId}/rotate-secret", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        var second = rotated["secret"]!.GetValue<string>();
        Assert.NotEqual(first, second);
        Assert.StartsWith("whsec_", second, StringComparison.Ordinal);
        Assert.NotEqual(stored, await StoredSecretAsync(hookId));
        Assert.True(await DeliverOneAsync(dealer, receiver, "WS-S2", second));
        Assert.False(Verify(receiver.Requests.Last(), first));

        // A row from before protection existed holds the plain secret: it still signs, and is protected in place.
        const string legacy = "whsec_legacy-plain-secret-from-an-older-version";
        await WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == hookId).ExecuteUpdateAsync(s => s.SetProperty(w => w.ProtectedSecret, legacy), Ct));
        Assert.True(await DeliverOneAsync(dealer, receiver, "WS-S3", legacy));
        var upgraded = await StoredSecretAsync(hookId);
        Assert.StartsWith("dp1:", upgraded, StringComparison.Ordinal);
        Assert.True(await DeliverOneAsync(dealer, receiver, "WS-S4", legacy));

        var audit = await GetArrayAsync(await host.AsStaffAsync("admin@demo.local"), $"/api/v1/audit?subject=webhook:{hookId}");
        Assert.Contains(audit, e => e!["data"]!["change"]?.GetValue<string>() == "secret-rotated");
        Assert.DoesNotContain(second, audit.ToJsonString(), StringComparison.Ordinal);

        await (await dealer.DeleteAsync($"/api/v1/webhooks/{hookId}", Ct)).ExpectAsync(HttpStatusCode.OK);
        var removed = await (await dealer.PostAsync($"/api/v1/webhooks/{hookId}/rotate-secret", null, Ct)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("webhook-removed", removed["code"]!.GetValue<string>());
    }

    /// <summary>Submits one auto-approved claim, runs a webhook round, and checks the newest request against <paramref name="secret"/>.</summary>
    private async Task<bool> DeliverOneAsync(HttpClient dealer, WebhookReceiver receiver, string claimNumber, string secret)
    {
        var before = receiver.Requests.Count;
        await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper(claimNumber))).ExpectAsync(HttpStatusCode.Created);
        await RunWebhooksAsync();
        Assert.True(receiver.Requests.Count > before, $"no delivery for {claimNumber}");
        return receiver.Requests.Skip(before).All(r => Verify(r, secret));
    }

    private static bool Verify(ReceivedWebhook request, string secret) =>
        WebhookSignature.Verify(secret, long.Parse(request.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture), request.Body, request.Headers[WebhookSignature.SignatureHeader]);

    private async Task<string> StoredSecretAsync(Guid hookId)
    {
        var stored = "";
        await WithDbAsync(async db => stored = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == hookId).Select(s => s.ProtectedSecret).SingleAsync(Ct));
        return stored;
    }

    private async Task WithDbAsync(Func<WorkflowDmsDbContext, Task> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>());
    }

    private Task<int> RunWebhooksAsync() => host.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync(Ct);
}
