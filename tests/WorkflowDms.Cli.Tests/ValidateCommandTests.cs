namespace WorkflowDms.Cli.Tests;

/// <summary><c>wdms validate</c>: one line per file, the right verdict, the right exit code, never a crash.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("wdms-cli-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public async Task Validate_ShippedContent_IsAllOk()
    {
        var (code, output, _) = await CliRunner.RunAsync("validate", Path.Combine(CliRunner.RepositoryRoot, "workflows"), Path.Combine(CliRunner.RepositoryRoot, "rules"));

        var lines = Lines(output);
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.EndsWith("warranty-claim.bpmn OK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("warranty-claim.json OK", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("samples", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_SharedSampleCorpus_OneLinePerFileWithExpectedVerdicts()
    {
        var corpus = Path.Combine(CliRunner.RepositoryRoot, "tests", "WorkflowDms.Engine.Tests", "Fixtures", "Samples");
        var files = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bpmn", StringComparison.Ordinal) || f.EndsWith(".bpmn20.xml", StringComparison.Ordinal)).ToList();

        var (code, output, _) = await CliRunner.RunAsync("validate", corpus);

        var lines = Lines(output);
        Assert.Equal(1, code); // the corpus holds files outside the subset
        Assert.Equal(files.Count, lines.Count);
        Assert.Contains(lines, l => l.Contains("invoice.v2.bpmn OK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("B.1.0.bpmn DISPLAY-ONLY", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("C.9.1.bpmn INVALID SendTask_RequestDocument sendTask", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("XXE.bpmn20.xml INVALID", StringComparison.Ordinal) && l.Contains("DTD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("empty.bpmn", "")]
    [InlineData("garbage.bpmn", "\u0001\u0002 not xml at all <<<")]
    [InlineData("html.bpmn", "<html><body>hello</body></html>")]
    [InlineData("broken.json", "{ \"WorkflowName\": ")]
    [InlineData("array.json", "[1,2,3]")]
    public async Task Validate_HostileFile_IsInvalidNotACrash(string name, string content)
    {
        var path = Path.Combine(scratch, name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);

        var (code, output, _) = await CliRunner.RunAsync("validate", path);

        Assert.Equal(1, code);
        Assert.StartsWith($"{path} INVALID", Lines(output).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DeeplyNestedXml_IsInvalidNotACrash()
    {
        var path = Path.Combine(scratch, "deep.bpmn");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)), TestContext.Current.CancellationToken);

        var (code, output, _) = await CliRunner.RunAsync("validate", path);

        Assert.Equal(1, code);
        Assert.Contains("INVALID", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingPath_IsInvalid_AndNoArgumentsIsUsageError()
    {
        var (code, output, _) = await CliRunner.RunAsync("validate", Path.Combine(scratch, "nope.bpmn"));
        Assert.Equal(1, code);
        Assert.Contains("INVALID", output, StringComparison.Ordinal);

        var (usage, _, error) = await CliRunner.RunAsync("validate");
        Assert.Equal(2, usage);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
