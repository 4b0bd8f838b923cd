namespace WorkflowDms.ArchitectureTests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
