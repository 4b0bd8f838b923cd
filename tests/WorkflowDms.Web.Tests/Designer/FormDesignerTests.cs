using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Designer;

/// <summary>Task forms are designed with form-js and published by form key; a field the task does not take is refused.</summary>
public sealed class FormDesignerTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string RelabelComment = """
        () => {
          const editor = window.wdmsFormEditor;
          const field = editor.get('formFieldRegistry').getAll().find(f => f.key === 'comment');
          editor.get('modeling').editFormField(field, 'label', 'Comment for the dealer');
        }
        """;

    private const string AddUnknownField = """
        () => {
          const editor = window.wdmsFormEditor;
          const schema = editor.saveSchema();
          schema.components.push({ id: 'Field_note', type: 'textfield', key: 'internalNote', label: 'Internal note' });
          return editor.importSchema(schema);
        }
        """;

    [Fact]
    public async Task Analyst_relabels_a_field_of_the_review_form_and_publishes_it_for_the_inbox()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.StepsAsync(async () =>
        {
            await session.SignInAtAsync("/forms");
            var page = session.Page;
            await page.GetByRole(AriaRole.Link, new() { Name = "claim-review", Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync("() => !!window.wdmsFormEditor");
            await Assertions.Expect(page.GetByTestId("form-editor")).ToContainTextAsync("Reason code");

            await page.EvaluateAsync(AddUnknownField);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("form-problems")).ToContainTextAsync("'internalNote' is not a field of the task decision");

            await page.GetByRole(AriaRole.Button, new() { Name = "Discard draft" }).WaitForAsync();
            page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Discard draft" }).ClickAsync();
            await page.WaitForFunctionAsync("() => !!window.wdmsFormEditor && !window.wdmsFormEditor.saveSchema().components.some(c => c.key === 'internalNote')");

            await page.EvaluateAsync(RelabelComment);
            await Assertions.Expect(page.GetByTestId("form-editor")).ToContainTextAsync("Comment for the dealer");
            await Screenshots.SaveAsync(page, "form-designer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish new version" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published as version 2");

            var published = await page.APIRequest.GetAsync("/api/v1/forms/claim-review");
            Assert.Contains("Comment for the dealer", await published.TextAsync(), StringComparison.Ordinal);
        });
        session.AssertNoErrors();
    }
}
