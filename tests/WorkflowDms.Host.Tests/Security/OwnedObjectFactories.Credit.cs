using System.Net;
using System.Runtime.CompilerServices;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// Credit-limit requests for D1001 (region R1), requested by the R1 credit controller and waiting for a credit
/// manager; outsiders: a credit manager of region R2 (created once through the admin API: the demo has none) and,
/// on the read route, dealer D2001. The account routes are keyed by <c>{dealer}</c>, not an id, so they are not in the matrix.
/// </summary>
internal static partial class OwnedObjectFactories
{
    private const string RegionTwoCreditManager = "matrix.r2.credit@demo.local";

    private static readonly ConditionalWeakTable<MatrixContext, Task<HttpClient>> RegionTwoCreditManagers = new();

    private static int limitRequestSequence;

    private static void RegisterCredit(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/credit/limit-requests/{id}", c => LimitRequestAsync(c, body: null, dealerOutsider: true));
        registry.Add("POST", "/api/v1/credit/limit-requests/{id}/approve", c => LimitRequestAsync(c, """{"comment":"matrix"}""", dealerOutsider: false));
        registry.Add("POST", "/api/v1/credit/limit-requests/{id}/reject", c => LimitRequestAsync(c, """{"reasonCode":"OVD","comment":"matrix"}""", dealerOutsider: false));
    }

    /// <summary>A permanent limit request for D1001 by r1.credit@demo.local; hq.credit@demo.local is its decider.</summary>
    private static async Task<OwnedObject> LimitRequestAsync(MatrixContext c, string? body, bool dealerOutsider)
    {
        var justification = $"Matrix showroom {Interlocked.Increment(ref limitRequestSequence)}";
        var request = await (await c.StaffAsync("r1.credit@demo.local")).PostJsonAsync("/api/v1/credit/accounts/D1001/limit-requests",
            ApiClient.Serialize(new { limit = 654_321m, justification })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Submitted", request["status"]!.GetValue<string>());
        var outsiders = new List<HttpClient> { await RegionTwoCreditManagers.GetValue(c, RegionTwoCreditManagerAsync) };
        if (dealerOutsider)
        {
            outsiders.Add(c.Dealer("D2001"));
        }

        return new OwnedObject(Id(request["id"]!.GetValue<string>()), outsiders, [request["number"]!.GetValue<string>(), "D1001", justification, "654321", "/HQ/R1/"], body);
    }

    /// <summary>A staff user at R2 holding credit-managers at R2: allowed by every credit route's role check, outside R1's scope.</summary>
    private static async Task<HttpClient> RegionTwoCreditManagerAsync(MatrixContext c)
    {
        var admin = await c.AdminAsync();
        var regionTwo = await c.NodeIdAsync("R2");
        var user = await admin.PostJsonAsync("/api/v1/admin/users",
            ApiClient.Serialize(new { email = RegionTwoCreditManager, displayName = "R2 credit manager", password = "Demo-pass-1", orgNodeId = regionTwo }))
            .ExpectAsync(HttpStatusCode.Created);
        await admin.PostJsonAsync($"/api/v1/admin/users/{user["id"]}/roles", ApiClient.Serialize(new { group = "credit-managers", orgNodeId = regionTwo }))
            .ExpectAsync(HttpStatusCode.OK);
        return await c.Host.AsStaffAsync(RegionTwoCreditManager);
    }
}
