using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>Inbox filters, sorts and keyset paging return exact sets, and never reach outside the caller's scope.</summary>
public sealed class InboxQueryTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task FiltersAndSorts_ReturnExactSets_WithinScope()
    {
        var d1 = new[] { await host.ReviewClaimAsync("D1001", "IQ-1", 2.0m), await host.ReviewClaimAsync("D1001", "IQ-2", 2.5m), await host.ReviewClaimAsync("D1001", "IQ-3", 3.0m) };
        var d2 = new[] { await host.ReviewClaimAsync("D2001", "IQ-4", 2.2m), await host.ReviewClaimAsync("D2001", "IQ-5", 2.8m) };
        string[] all = [.. d1, .. d2];
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var b21 = await host.AsStaffAsync("b21.reviewer@demo.local");

        var everything = await hq.PageAsync("limit=200");
        Assert.Equal(all.Order(), everything.CasesOf(all).Order());
        var first = everything.Items().Single(t => t["caseId"]!.GetValue<string>() == d1[0]);
        Assert.Equal(("D1001", "PendingReview", "CNY"), (first["dealerCode"]!.GetValue<string>(), first["caseStatus"]!.GetValue<string>(), first["currency"]!.GetValue<string>()));
        Assert.Equal(2 * 120_00 + 4200_00, first["amount"]!.GetValue<long>());
        Assert.False(first["overdue"]!.GetValue<bool>());

        Assert.Equal(d1.Order(), (await hq.PageAsync("limit=200&dealer=D1001")).CasesOf(all).Order());
        Assert.All((await hq.PageAsync("limit=200&dealer=D1001")).Items(), t => Assert.Equal("D1001", t["dealerCode"]!.GetValue<string>()));
        Assert.Equal(d2.Order(), (await b21.PageAsync("limit=200")).CasesOf(all).Order());
        Assert.Empty((await b21.PageAsync("limit=200&dealer=D1001")).Items());
        Assert.DoesNotContain((await b21.PageAsync("limit=200")).Items(), t => t["dealerCode"]!.GetValue<string>() == "D1001");
        Assert.Empty((await hq.PageAsync("limit=200&caseType=order")).CasesOf(all));

        // Amounts: 2.0 h < 2.2 h < 2.5 h < 2.8 h < 3.0 h of labour at 120.00 on top of the same part.
        string[] byAmount = [d1[0], d2[0], d1[1], d2[1], d1[2]];
        Assert.Equal(byAmount, (await hq.PageAsync("limit=200&sort=amount")).CasesOf(all));
        Assert.Equal(byAmount.Reverse(), (await hq.PageAsync("limit=200&sort=-amount")).CasesOf(all));
        Assert.Equal([d2[0], d1[1]], (await hq.PageAsync($"limit=200&sort=amount&minAmount={(long)(2.2m * 120_00) + 4200_00}&maxAmount={(long)(2.5m * 120_00) + 4200_00}")).CasesOf(all));
        Assert.Equal(all, (await hq.PageAsync("limit=200&sort=created")).CasesOf(all));
        Assert.Equal(all.Reverse(), (await hq.PageAsync("limit=200&sort=-created")).CasesOf(all));
    }

    [Theory]
    [InlineData("due")]
    [InlineData("-due")]
    [InlineData("created")]
    [InlineData("-amount")]
    public async Task KeysetPages_CoverTheSinglePage_InOrder_WithoutRepeats(string sort)
    {
        for (var i = 0; i < 3; i++)
        {
            await host.ReviewClaimAsync("D1001", $"KP-{sort}-{i}", 2.0m + i);
        }

        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var whole = (await hq.PageAsync($"limit=200&sort={sort}")).Items().Select(t => t.Id()).ToList();
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await hq.PageAsync($"limit=2&sort={sort}" + (after is null ? "" : $"&after={after}"));
            Assert.True(page.Items().Count <= 2);
            paged.AddRange(page.Items().Select(t => t.Id()));
            after = page["nextCursor"]?.GetValue<string>();
        }
        while (after is not null);

        Assert.True(whole.Count >= 3);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task MineAndGroups_AClaimedTaskMovesFromGroupsToMine()
    {
        var claimId = await host.ReviewClaimAsync("D1001", "MG-1");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = await hq.TaskOfAsync(claimId);
        await (await hq.PostAsync($"/api/v1/tasks/{task.Id()}/claim", null, InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty((await hq.PageAsync("limit=200&view=groups")).CasesOf([claimId]));
        var mine = (await hq.PageAsync("limit=200&view=mine")).Items().Single(t => t["caseId"]!.GetValue<string>() == claimId);
        Assert.Equal("Claimed", mine["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(mine["assigneeName"]?.GetValue<string>()));
        Assert.Equal([claimId], (await hq.PageAsync("limit=200&view=all&status=claimed")).CasesOf([claimId]));
        Assert.Empty((await hq.PageAsync("limit=200&status=open")).CasesOf([claimId]));

        // A reviewer of another branch does not see it at all, claimed or not.
        var outsider = await host.AsStaffAsync("b21.reviewer@demo.local");
        Assert.Empty((await outsider.PageAsync("limit=200&view=groups&status=claimed")).CasesOf([claimId]));
    }

    [Theory]
    [InlineData("sort=size", "sort")]
    [InlineData("view=everyone", "view")]
    [InlineData("status=late", "status")]
    [InlineData("due=tomorrow", "due")]
    [InlineData("minAmount=ten", "minAmount")]
    [InlineData("minAmount=5&maxAmount=4", "maxAmount")]
    [InlineData("limit=0", "limit")]
    [InlineData("after=bm90LWEtY3Vyc29y", "after")]
    public async Task BadParameter_Is400NamingIt(string query, string field)
    {
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var problem = await (await hq.GetAsync($"/api/v1/tasks?{query}", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CursorOfAnotherSort_Is400()
    {
        await host.ReviewClaimAsync("D1001", "CS-1");
        await host.ReviewClaimAsync("D1001", "CS-2");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var cursor = (await hq.PageAsync("limit=1&sort=amount"))["nextCursor"]!.GetValue<string>();

        await (await hq.GetAsync($"/api/v1/tasks?limit=1&sort=due&after={cursor}", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }
}
