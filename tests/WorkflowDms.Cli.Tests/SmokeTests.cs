namespace WorkflowDms.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
