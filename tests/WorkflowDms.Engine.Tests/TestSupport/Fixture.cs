namespace WorkflowDms.Engine.Tests.TestSupport;

/// <summary>Reads fixture files copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
