using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Moves that are refused — HQ, cycles, placement and tier rules, another admin's subtree, bad input — leave the tree exactly as it was.</summary>
public sealed class OrgNodeMoveRefusalTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task RefusedMoves_AreA4xxNamingTheReason_AndNothingMoves()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var before = (await GetArrayAsync(admin, "/api/v1/admin/org-nodes")).ToJsonString();

        Assert.Equal("cannot-move-root", await RefusedAsync(admin, "HQ", new { parentId = await NodeIdAsync(admin, "R1") }));
        Assert.Equal("org-move-cycle", await RefusedAsync(admin, "R1", new { parentId = await NodeIdAsync(admin, "B11") }));
        Assert.Equal("org-move-cycle", await RefusedAsync(admin, "D1001", new { parentId = await NodeIdAsync(admin, "D1001") }));
        Assert.Equal("invalid-org-placement", await RefusedAsync(admin, "B11", new { parentId = await NodeIdAsync(admin, "B21") }));
        Assert.Equal("invalid-org-placement", await RefusedAsync(admin, "D1002", new { parentId = await NodeIdAsync(admin, "B21") }));
        Assert.Equal("invalid-org-placement", await RefusedAsync(admin, "D1001", new { parentId = await NodeIdAsync(admin, "D2001"), tier = 2 }));
        Assert.Equal("invalid-tier", await RefusedAsync(admin, "B11", new { parentId = await NodeIdAsync(admin, "R2"), tier = 1 }));
        var unknownParent = await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{await NodeIdAsync(admin, "D1001")}/move", ApiClient.Serialize(new { parentId = Guid.NewGuid() }))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("parentId", unknownParent["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{Guid.NewGuid()}/move", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "B21") }))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        var d1001 = await NodeIdAsync(admin, "D1001");
        foreach (var (body, field) in new[] { ("{}", "parentId"), ($$"""{"parentId":"{{await NodeIdAsync(admin, "B21")}}","tier":7}""", "tier"), ("""{"parentId":"x"}""", "parentId"), ("""{"parent":"x"}""", "parent") })
        {
            var bad = await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{d1001}/move", body).ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(field, bad.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        // A region's admin moves nothing of another region, and nothing of its own into another region.
        await CreateStaffAsync(admin, "r1.mover@demo.local", "R1", ("admins", "R1"));
        var regional = await host.AsStaffAsync("r1.mover@demo.local");
        await regional.PostJsonAsync($"/api/v1/admin/org-nodes/{await NodeIdAsync(admin, "D2001")}/move", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "B11") }))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        var outward = await regional.PostJsonAsync($"/api/v1/admin/org-nodes/{d1001}/move", ApiClient.Serialize(new { parentId = await NodeIdAsync(admin, "B21") }))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-org-node", outward["code"]!.GetValue<string>());
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"/api/v1/admin/org-nodes/{d1001}/move", null, Ct)).StatusCode);

        Assert.Equal(before, (await GetArrayAsync(admin, "/api/v1/admin/org-nodes")).ToJsonString());
    }

    private static async Task<string> RefusedAsync(HttpClient admin, string code, object body)
    {
        var problem = await admin.PostJsonAsync($"/api/v1/admin/org-nodes/{await NodeIdAsync(admin, code)}/move", ApiClient.Serialize(body))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        return problem["code"]!.GetValue<string>();
    }
}
