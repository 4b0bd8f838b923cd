using System.Globalization;
using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Inbox;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Dashboard;

/// <summary>The dashboard draws its charts from the host's statistics within the viewer's scope.</summary>
public sealed class DashboardTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Dashboard_draws_every_chart_from_a_week_of_claims_and_orders()
    {
        var ct = TestContext.Current.CancellationToken;
        var week = await DashboardHistory.SeedAsync(host, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/dashboard", "admin@demo.local");
        var page = session.Page;

        var charts = page.Locator("figure.chart canvas");
        await Assertions.Expect(charts).ToHaveCountAsync(7);
        foreach (var canvas in await charts.AllAsync())
        {
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 100 }, "every chart is drawn at a visible size");
        }

        // The headline figures count the week: every claim, the open reviews gone overdue, the blocked order.
        var claims = page.Locator(".kpi", new() { HasText = "Claims" }).Locator("dd");
        await Assertions.Expect(claims).Not.ToHaveTextAsync("0");
        Assert.True(int.Parse(await claims.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) >= week.Claims);
        await Assertions.Expect(page.Locator(".kpi", new() { HasText = "Overdue" }).Locator("dd")).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0 /"));
        var blocked = page.Locator(".kpi", new() { HasText = "Credit-blocked orders" }).Locator("dd");
        Assert.True(int.Parse(await blocked.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) >= week.BlockedOrders);
        await Screenshots.SaveAsync(page, "dashboard");

        // Claims over time: the day-by-day figures hold every outcome of the week.
        var claimsTable = page.Locator("figure.chart", new() { HasText = "Claims by status over time" });
        await claimsTable.GetByText("Figures as a table").ClickAsync();
        foreach (var status in new[] { "Pending review", "Returned to dealer", "Rejected", "Approved for payment", "Part return pending" })
        {
            await Assertions.Expect(claimsTable.Locator("table")).ToContainTextAsync(status);
        }

        var ordersTable = page.Locator("figure.chart", new() { HasText = "Orders by status over time" });
        await ordersTable.GetByText("Figures as a table").ClickAsync();
        await Assertions.Expect(ordersTable.Locator("table")).ToContainTextAsync("Credit blocked");

        // A chart's canvas has pixels drawn on it (not a blank bitmap).
        Assert.True(await charts.First.EvaluateAsync<bool>(
            "c => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0)"));
        session.AssertNoErrors();
    }
}
