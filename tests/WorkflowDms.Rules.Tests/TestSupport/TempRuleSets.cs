namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>A throw-away rules directory for catalog tests; deleted on dispose.</summary>
internal sealed class TempRuleSets : IDisposable
{
    public TempRuleSets() => Directory.CreateDirectory(DirectoryPath);

    public string DirectoryPath { get; } = Path.Combine(Path.GetTempPath(), "wfdms-rules-" + Guid.NewGuid().ToString("N"));

    public string Write(string fileName, string json)
    {
        var path = Path.Combine(DirectoryPath, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(DirectoryPath, recursive: true);
}
