using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests;

public sealed class RuleSetSampleTests : IDisposable
{
    private readonly TempRuleSets _dir = new();

    public RuleSetSampleTests() => Directory.CreateDirectory(Path.Combine(_dir.DirectoryPath, "warranty-claim"));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_DeserializesEachInputIntoItsDeclaredFactType()
    {
        var path = Write("{ \"expected\": { \"decision\": \"send-back\" }, \"input\": { \"claim\": { \"mileageKm\": 12, \"Lines\": [ { \"type\": \"part\" } ] } } }");

        var sample = RuleSetSample.Load(path, ShippedRules.Catalog);

        var claim = Assert.IsType<ClaimFacts>(sample.Input["claim"]);
        Assert.Equal((12, "part"), (claim.MileageKm, claim.Lines.Single().Type));
        Assert.Equal(("case", "warranty-claim", RuleOutcome.SendBack), (sample.Name, sample.RuleSet, sample.ExpectedDecision));
        Assert.Null(sample.ExpectedFiredRules);
    }

    [Theory]
    [InlineData("{ \"expected\": { \"decision\": \"maybe\" }, \"input\": {} }", "unknown decision 'maybe'")]
    [InlineData("{ \"expected\": { \"decision\": \"reject\" }, \"input\": { \"customer\": {} } }", "input 'customer' is not declared")]
    [InlineData("{ \"input\": {} }", "expected")]
    [InlineData("{ \"expected\": { \"decision\": \"reject\" }, \"input\": { \"claim\": { \"mileageKm\": \"far\" } } }", "mileageKm")]
    public void Load_MalformedSample_NamesTheFileAndTheProblem(string json, string problem)
    {
        var path = Write(json);

        var ex = Assert.Throws<InvalidDataException>(() => RuleSetSample.Load(path, ShippedRules.Catalog));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_dir.DirectoryPath, "warranty-claim", "case.json");
        File.WriteAllText(path, json);
        return path;
    }
}
