using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;
using WorkflowDms.Web.Tests.Inbox;

namespace WorkflowDms.Web.Tests.Dashboard;

/// <summary>The dashboard draws its charts from the host's statistics within the viewer's scope.</summary>
public sealed class DashboardTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Dashboard_draws_every_chart_from_the_seeded_and_submitted_data()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        await dealer.SubmitForReviewAsync("DASH", ct);

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

        await Screenshots.SaveAsync(page, "dashboard");

        // The claim just submitted is in the claims-over-time figures and the open tasks (headline figures).
        var claimsTable = page.Locator("figure.chart", new() { HasText = "Claims by status over time" });
        await claimsTable.GetByText("Figures as a table").ClickAsync();
        await Assertions.Expect(claimsTable.Locator("table")).ToContainTextAsync("Pending review");
        await Assertions.Expect(page.Locator(".kpi", new() { HasText = "Claims" }).Locator("dd")).Not.ToHaveTextAsync("0");
        // A chart's canvas has pixels drawn on it (not a blank bitmap).
        Assert.True(await charts.First.EvaluateAsync<bool>(
            "c => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0)"));
        session.AssertNoErrors();
    }
}
