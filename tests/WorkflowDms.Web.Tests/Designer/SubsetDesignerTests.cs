using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Designer;

/// <summary>The modeler holds analysts to the engine's subset: lint in the editor, the engine's reader on the server.</summary>
public sealed class SubsetDesignerTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    // A send task is outside the subset: the palette does not offer it, but an imported or pasted diagram can hold one.
    private const string AddSendTask = """
        () => {
          const modeler = window.wdmsModeler;
          const root = modeler.get('canvas').getRootElement();
          const shape = modeler.get('modeling').createShape({ type: 'bpmn:SendTask' }, { x: 300, y: 520 }, root);
          modeler.get('modeling').updateProperties(shape, { id: 'notifyDealerByMail', name: 'Notify dealer by mail' });
        }
        """;

    [Fact]
    public async Task Unsupported_element_is_a_lint_error_and_publish_is_refused_naming_its_id()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.StepsAsync(async () =>
        {
            await session.SignInAtAsync("/designer/returns");
            var page = session.Page;
            await page.WaitForFunctionAsync("() => !!window.wdmsModeler");
            await page.EvaluateAsync(AddSendTask);

            var lint = page.GetByTestId("lint-issues");
            await Assertions.Expect(lint.Locator("li", new() { HasText = "sendTask is not executed by the engine" })).ToContainTextAsync("notifyDealerByMail");
            await Assertions.Expect(page.Locator(".djs-overlay .bjsl-overlay").First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            var server = page.GetByTestId("server-validation");
            await Assertions.Expect(server.Locator(".badge")).ToHaveTextAsync("INVALID");
            await Assertions.Expect(server).ToContainTextAsync("notifyDealerByMail");

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish new version" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not published");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("notifyDealerByMail");

            // The server refuses it too, whoever asks: 422 naming the element, and no new version.
            var analyst = await host.AsStaffAsync("analyst@demo.local");
            var refused = await analyst.PostAsync("/api/v1/designer/workflows/returns/publish", new JsonObject(), HttpStatusCode.UnprocessableEntity);
            Assert.Contains("notifyDealerByMail", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Single((await analyst.GetJsonAsync("/api/v1/designer/workflows/returns/versions")).AsArray());

            // Discarding goes back to the published version.
            page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Discard draft" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("draft-status")).ToContainTextAsync("Editing version 1");
            await Assertions.Expect(lint.Locator("li", new() { HasText = "notifyDealerByMail" })).ToHaveCountAsync(0);
        });
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Narrow_screen_lists_workflows_and_versions_and_the_modeler_asks_for_a_wider_screen()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress, BrowserPage.Narrow);
        await session.StepsAsync(async () =>
        {
            await session.SignInAtAsync("/designer");
            var page = session.Page;
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Warranty claim" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Warranty claim" }).ClickAsync();
            await Assertions.Expect(page.GetByText("needs a wider screen")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("workflow-versions").Locator("tbody tr")).ToHaveCountAsync(1);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"the page scrolls sideways at 390 px ({width} px wide)");
        });
        session.AssertNoErrors();
    }
}
