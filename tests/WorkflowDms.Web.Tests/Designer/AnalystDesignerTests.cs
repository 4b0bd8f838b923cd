using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Designer;

/// <summary>
/// Issue 4, analyst half: analyst@demo.local lowers the review threshold of warranty-claim in the rule editor and adds
/// an approval step to the warranty-claim workflow in the modeler, publishes both; claims submitted afterwards follow
/// the new versions while a claim submitted before stays on its version.
/// </summary>
public sealed class AnalystDesignerTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string Threshold = "W-32-above-auto-approval-limit";

    // The approval step the analyst adds: a manager signs off a reviewer's approval before the claim is approved.
    private const string AddApprovalStep = """
        () => {
          const modeler = window.wdmsModeler;
          const registry = modeler.get('elementRegistry');
          const modeling = modeler.get('modeling');
          const flow = registry.get('decisionApprove');
          const approve = registry.get('approveClaim');
          const task = modeling.createShape({ type: 'bpmn:UserTask' }, { x: approve.x + approve.width / 2, y: approve.y - 110 }, approve.parent);
          modeling.updateProperties(task, {
            id: 'managerApproval', name: 'Manager approval',
            'camunda:candidateGroups': 'warranty-managers', 'camunda:formKey': 'claim-review', 'camunda:dueDate': 'P1D'
          });
          modeling.reconnectEnd(flow, task, { x: task.x, y: task.y + task.height / 2 });
          modeling.connect(task, approve);
          modeler.get('selection').select(task);
        }
        """;

    [Fact]
    public async Task Analyst_publishes_a_lower_threshold_and_an_approval_step_new_claims_follow_them_running_claims_stay()
    {
        var dealer = host.AsDealer("D1001");
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var before = await dealer.SubmitClaimAsync("CAT-BEFORE", "PN-1001", "F-EX-001", 2.0m);
        var wiperBefore = await dealer.SubmitClaimAsync("WIPER-BEFORE", "PN-2002", "F-WP-002", 0.3m);
        Assert.Equal("PendingReview", before["status"]!.GetValue<string>());
        Assert.Equal("ApprovedForPayment", wiperBefore["status"]!.GetValue<string>());

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.StepsAsync(async () =>
        {
            await session.SignInAtAsync("/rules");
            var page = session.Page;

            // Rule editor: the expression is checked as typed, the bench shows the rule now fires on the wiper sample.
            await page.GetByRole(AriaRole.Link, new() { Name = "warranty-claim", Exact = true }).ClickAsync();
            await page.GetByLabel("Find rules").FillAsync("W-32");
            var row = page.Locator($"tr[data-rule='{Threshold}']");
            await row.GetByLabel("Expression").FillAsync("claim.TotalAmount > dealer.AutoApprovalLimt");
            await Assertions.Expect(row.GetByTestId("expression-check")).ToContainTextAsync("AutoApprovalLimt");
            await row.GetByLabel("Expression").FillAsync("claim.TotalAmount > 100 && !claim.HasValidPreAuthorization");
            await Assertions.Expect(row.GetByTestId("expression-check")).ToContainTextAsync("Expression compiles");
            await page.GetByLabel("Sample case").SelectOptionAsync("wiper-auto-pass");
            await page.GetByLabel("Run on").SelectOptionAsync("draft");
            await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("bench-outcome")).ToHaveTextAsync("route");
            await Assertions.Expect(page.Locator("[data-testid=bench-result] tr[data-fired=true]", new() { HasText = Threshold })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "rule-editor");
            await PublishAsync(page, "Review claims above 100.00");
            await Assertions.Expect(page.GetByTestId("rule-set-versions").Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(page.GetByTestId("rule-set-diff")).ToContainTextAsync(Threshold);

            // Modeler: only the engine's elements in the palette, only honoured attributes in the panel.
            await page.GetByRole(AriaRole.Link, new() { Name = "Workflows" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Warranty claim" }).ClickAsync();
            await page.WaitForFunctionAsync("() => !!window.wdmsModeler");
            await Assertions.Expect(page.Locator(".djs-palette [data-action='create.user-task']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".djs-palette [data-action='create.intermediate-event']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".djs-palette [data-action='create.data-object']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
            await page.EvaluateAsync(AddApprovalStep);
            var panel = page.Locator("aside.properties");
            await Assertions.Expect(panel.Locator("input[name=candidateGroups]")).ToHaveValueAsync("warranty-managers");
            await Assertions.Expect(panel).ToContainTextAsync("Due date");
            await Assertions.Expect(panel).Not.ToContainTextAsync("Asynchronous");
            await Assertions.Expect(panel).Not.ToContainTextAsync("Listeners");
            await Assertions.Expect(page.GetByTestId("draft-status")).ToContainTextAsync("unsaved changes");
            await panel.GetByText("Assignment", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(panel.Locator("input[name=candidateGroups]")).ToBeVisibleAsync();
            await page.Mouse.MoveAsync(640, 700);
            await Screenshots.SaveAsync(page, "designer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("server-validation").Locator(".badge")).ToHaveTextAsync("OK");
            await PublishAsync(page, "Manager approval after review");

            // Versions: who published, running instances per version, a diff by element.
            await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
            var versions = page.GetByTestId("workflow-versions");
            await Assertions.Expect(versions.Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(versions.Locator("tbody tr").First).ToContainTextAsync("analyst@demo.local");
            await Assertions.Expect(page.GetByTestId("workflow-diff").Locator("tr.diff-added", new() { HasText = "managerApproval" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("workflow-diff").Locator("tr.diff-changed", new() { HasText = "decisionApprove" })).ToContainTextAsync("managerApproval");
            await page.Locator(".diff-canvas .djs-element.diff-added").First.WaitForAsync();
            await Screenshots.SaveAsync(page, "versions-diff");

            // New claims follow the new versions; the claim submitted before stays on version 1.
            var after = await dealer.SubmitClaimAsync("CAT-AFTER", "PN-1001", "F-EX-001", 2.0m);
            var wiperAfter = await dealer.SubmitClaimAsync("WIPER-AFTER", "PN-2002", "F-WP-002", 0.3m);
            Assert.Equal("PendingReview", wiperAfter["status"]!.GetValue<string>());
            var beforeTask = await reviewer.OpenTaskOfAsync(before["id"]!.GetValue<string>());
            var afterTask = await reviewer.OpenTaskOfAsync(after["id"]!.GetValue<string>());
            Assert.Equal(1, (await reviewer.GetJsonAsync($"/api/v1/tasks/{beforeTask["id"]}/case"))["process"]!["version"]!.GetValue<int>());
            Assert.Equal(2, (await reviewer.GetJsonAsync($"/api/v1/tasks/{afterTask["id"]}/case"))["process"]!["version"]!.GetValue<int>());

            var approve = new JsonObject { ["decision"] = "approve", ["comment"] = "Diagnostics confirm converter failure" };
            await reviewer.PostAsync($"/api/v1/tasks/{beforeTask["id"]}/complete", approve.DeepClone(), HttpStatusCode.OK);
            await reviewer.PostAsync($"/api/v1/tasks/{afterTask["id"]}/complete", approve.DeepClone(), HttpStatusCode.OK);
            Assert.Equal("PartsReturnPending", (await dealer.GetJsonAsync($"/api/v1/claims/{before["id"]}"))["status"]!.GetValue<string>());
            var manager = await host.AsStaffAsync("hq.warranty-manager@demo.local");
            Assert.Equal("managerApproval", (await manager.OpenTaskOfAsync(after["id"]!.GetValue<string>()))["elementId"]!.GetValue<string>());
            Assert.NotEqual("PartsReturnPending", (await dealer.GetJsonAsync($"/api/v1/claims/{after["id"]}"))["status"]!.GetValue<string>());
        });

        session.AssertNoErrors();
    }

    private static async Task PublishAsync(IPage page, string comment)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        await page.GetByLabel("Comment for the version list (optional)").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish new version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published as version 2");
    }
}
