using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Webhooks;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Webhooks of D1001 (outsider D2001) and out-of-office covers in branch B11 (outsider b21.reviewer).</summary>
internal static partial class OwnedObjectFactories
{
    private static int coverSequence;

    private static void RegisterPlatform(OwnedObjectRegistry registry)
    {
        registry.Add([("GET", "/api/v1/webhooks/{id}"), ("DELETE", "/api/v1/webhooks/{id}"), ("GET", "/api/v1/webhooks/{id}/deliveries"), ("POST", "/api/v1/webhooks/{id}/rotate-secret")], async c =>
        {
            var (hookId, url, _) = await WebhookWithDeliveryAsync(c);
            return new OwnedObject(Id(hookId), [c.Dealer("D2001")], [url, "D1001", "/HQ/R1/"]);
        });

        registry.Add("POST", "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay", async c =>
        {
            var (hookId, url, deliveryId) = await WebhookWithDeliveryAsync(c);
            var values = Id(hookId);
            values["deliveryId"] = deliveryId;
            return new OwnedObject(values, [c.Dealer("D2001")], [url, "D1001", "/HQ/R1/"]);
        });

        registry.Add("POST", "/api/v1/substitutions/{id}/cancel", async c =>
        {
            var admin = await c.AdminAsync();
            var email = $"matrix.b11.{Interlocked.Increment(ref coverSequence)}@demo.local";
            await admin.PostJsonAsync("/api/v1/admin/users", ApiClient.Serialize(new { email, displayName = "B11 user", password = "Demo-pass-1", orgNodeId = await c.NodeIdAsync("B11") }))
                .ExpectAsync(HttpStatusCode.Created);
            var now = c.Host.Clock.GetUtcNow().UtcDateTime;
            var cover = await (await c.Host.AsStaffAsync(email)).PostJsonAsync("/api/v1/substitutions", ApiClient.Serialize(new { substituteEmail = "hq.reviewer@demo.local", startsAt = now, endsAt = now.AddDays(1) }))
                .ExpectAsync(HttpStatusCode.Created);
            return new OwnedObject(Id(cover["id"]!.GetValue<string>()), [await c.StaffAsync("b21.reviewer@demo.local"), await c.RegionTwoAdminAsync()], [email, "hq.reviewer"]);
        });
    }

    /// <summary>A D1001 webhook to a closed port, with one delivery attempted (failed, so replayable).</summary>
    private static async Task<(string HookId, string Url, string DeliveryId)> WebhookWithDeliveryAsync(MatrixContext c)
    {
        var url = $"http://127.0.0.1:9/matrix-{Guid.NewGuid():N}";
        var hook = await c.Dealer("D1001").PostJsonAsync("/api/v1/webhooks", ApiClient.Serialize(new { url })).ExpectAsync(HttpStatusCode.Created);
        var hookId = hook["webhook"]!["id"]!.GetValue<string>();
        await c.SubmitClaimAsync(DemoClaims.Wiper($"MX-WH-{Guid.NewGuid():N}"[..20]));
        await c.Host.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync(MatrixContext.Ct);
        var deliveries = await MatrixContext.GetJsonAsync(c.Dealer("D1001"), $"/api/v1/webhooks/{hookId}/deliveries");
        return (hookId, url, deliveries.AsArray()[0]!["id"]!.GetValue<string>());
    }
}
