using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>
/// A test that provokes a refusal on purpose (a 422 the page shows as the host's problem) sees Chromium log the
/// failed request as a console error; that one line is expected, anything else still fails the test.
/// </summary>
internal static class ExpectedRefusals
{
    public static void AssertNoErrorsBut(this BrowserPage session, int status)
    {
        var others = session.Errors.Where(e => !e.Contains($"status of {status}", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, "Browser errors:\n" + string.Join('\n', others));
    }
}
