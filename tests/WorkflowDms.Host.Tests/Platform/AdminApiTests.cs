using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>The organisation as data: nodes, dealers, keys and staff through the admin API, each limited to the admin's subtree.</summary>
public sealed class AdminApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Admin_BuildsBranchAndDealers_IssuesKey_KeyWorks_RevokedKeyIs401()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var branch = await admin.PostJsonAsync("/api/v1/admin/org-nodes", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "R1"), code = "B19", name = "Branch Anhui", kind = "branch" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/HQ/R1/B19/", branch["path"]!.GetValue<string>());

        var dealer = await admin.PostJsonAsync("/api/v1/admin/dealers", ApiClient.Serialize(NewDealer(branch["id"]!.GetValue<string>(), "D1901", 1))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/HQ/R1/B19/D1901/", dealer["orgPath"]!.GetValue<string>());
        Assert.Equal(95.50m, dealer["terms"]!["warrantyLaborRate"]!.GetValue<decimal>());
        var sub = await admin.PostJsonAsync("/api/v1/admin/dealers", ApiClient.Serialize(NewDealer(dealer["orgNodeId"]!.GetValue<string>(), "D1902", 2, "service-station"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("/HQ/R1/B19/D1901/D1902/", sub["orgPath"]!.GetValue<string>());

        var dealerId = dealer["id"]!.GetValue<string>();
        var issued = await admin.PostJsonAsync($"/api/v1/admin/dealers/{dealerId}/keys", """{"label":"DMS prod"}""").ExpectAsync(HttpStatusCode.Created);
        var key = issued["key"]!.GetValue<string>();
        Assert.StartsWith("wdk_", key);
        var keys = await GetArrayAsync(admin, $"/api/v1/admin/dealers/{dealerId}/keys");
        Assert.DoesNotContain(key, keys.ToJsonString());

        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/claims", Ct)).StatusCode);

        await (await admin.PostAsync($"/api/v1/admin/dealers/{dealerId}/deactivate", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/claims", Ct)).StatusCode);
        await (await admin.PostAsync($"/api/v1/admin/dealers/{dealerId}/activate", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/claims", Ct)).StatusCode);

        var revoked = await (await admin.PostAsync($"/api/v1/admin/dealers/{dealerId}/keys/{issued["metadata"]!["id"]}/revoke", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.False(revoked["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/claims", Ct)).StatusCode);

        var audit = await GetArrayAsync(admin, $"/api/v1/audit?subject=dealer:{dealerId}");
        Assert.Equal(["DealerChanged", "ApiKeyIssued", "DealerChanged", "DealerChanged", "ApiKeyRevoked"], audit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RegionAdmin_SeesAndChangesOnlyItsRegion()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        await CreateStaffAsync(admin, "r1.admin@demo.local", "R1", ("admins", "R1"));
        var d2001 = await DealerIdAsync(admin, "D2001");
        var r2 = await NodeIdAsync(admin, "R2");

        var regional = await host.AsStaffAsync("r1.admin@demo.local");
        var dealers = await GetArrayAsync(regional, "/api/v1/admin/dealers");
        Assert.Contains(dealers, d => d!["code"]!.GetValue<string>() == "D1002");
        Assert.DoesNotContain(dealers, d => d!["code"]!.GetValue<string>() == "D2001");
        Assert.All(dealers, d => Assert.StartsWith("/HQ/R1/", d!["orgPath"]!.GetValue<string>()));
        var nodes = await GetArrayAsync(regional, "/api/v1/admin/org-nodes");
        Assert.All(nodes, n => Assert.StartsWith("/HQ/R1/", n!["path"]!.GetValue<string>()));

        var foreign = await (await regional.GetAsync($"/api/v1/admin/dealers/{d2001}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("D2001", foreign.ToJsonString());
        await (await regional.PostAsync($"/api/v1/admin/dealers/{d2001}/deactivate", null, Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await regional.PostJsonAsync($"/api/v1/admin/org-nodes/{r2}/rename", """{"name":"Mine now"}""")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await regional.PostJsonAsync("/api/v1/admin/org-nodes", ApiClient.Serialize(new { parentId = r2, code = "B29", name = "x", kind = "branch" })))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);

        var renamed = await regional.PostJsonAsync($"/api/v1/admin/org-nodes/{await NodeIdAsync(admin, "B11")}/rename", """{"name":"Branch Jiangsu North"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Branch Jiangsu North", renamed["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadPlacementAndBadInput_AreRefusedNamingTheField()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var placement = await admin.PostJsonAsync("/api/v1/admin/dealers", ApiClient.Serialize(NewDealer(await NodeIdAsync(admin, "B11"), "D1199", 2)))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("invalid-org-placement", placement["code"]!.GetValue<string>());

        var missing = await admin.PostJsonAsync("/api/v1/admin/org-nodes", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "R1"), name = "No code", kind = "branch" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("code", missing["detail"]!.GetValue<string>());

        await admin.PostJsonAsync("/api/v1/admin/org-nodes", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "R1"), code = "B11", name = "Dup", kind = "branch" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task NonAdmins_AreForbidden()
    {
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/v1/admin/dealers", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.AsDealer("D1001").GetAsync("/api/v1/admin/org-nodes", Ct)).StatusCode);
    }

    private static object NewDealer(string parentId, string code, int tier, string kind = "dealer") => new
    {
        parentId,
        code,
        name = "Dealer " + code,
        kind,
        tier,
        currency = "CNY",
        authorizedForWarranty = true,
        warrantyLaborRate = 95.50m,
        claimWindowDays = 30,
        autoApprovalLimit = 800m,
        preAuthorizationThreshold = 8000m,
    };
}
