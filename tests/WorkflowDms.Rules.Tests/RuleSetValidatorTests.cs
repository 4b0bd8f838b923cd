using System.Text;
using WorkflowDms.Rules.Tests.TestSupport;
using static WorkflowDms.Rules.Tests.TestSupport.RuleSetJson;

namespace WorkflowDms.Rules.Tests;

/// <summary>The CLI's validator: a verdict for every input, never an exception, never a crash.</summary>
public sealed class RuleSetValidatorTests
{
    private static readonly RuleSetValidator Validator = new(DomainFactTypes.Resolver);

    [Fact]
    public void ShippedWarrantyRuleSet_IsValid()
    {
        var result = Validator.ValidateFile(Path.Combine(RepositoryPaths.RulesDirectory, "warranty-claim.json"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("warranty-claim", result.RuleSetName);
        Assert.Equal($"OK warranty-claim.json: {result.RuleCount} rules", result.ToString());
    }

    [Fact]
    public void InvalidRule_IsReportedWithRuleNameAndReason()
    {
        var json = Text(RuleSet("x", ClaimInputs(), Rule("ok", "true"), Rule("bad-one", "claim.Nope > 1", outcome: "approve")));

        var result = Validator.Validate("x.json", json);

        Assert.False(result.IsValid);
        Assert.StartsWith("INVALID x.json: rule 'bad-one': unknown outcome 'approve'", result.ToString(), StringComparison.Ordinal);
        Assert.All(result.Problems, p => Assert.Equal("bad-one", p.RuleName));
    }

    [Fact]
    public void EveryProblemIsReported_NotJustTheFirst()
    {
        var json = Text(RuleSet("x", ClaimInputs(), Rule("a", "true", outcome: "nope"), Rule("b", "true", reasonCode: null)));

        var result = Validator.Validate("x.json", json);

        Assert.Equal(["a", "b"], result.Problems.Select(p => p.RuleName));
    }

    public static TheoryData<string, string> HostileInputs => new()
    {
        { "empty", "" },
        { "whitespace", "   \n\t " },
        { "null literal", "null" },
        { "number", "42" },
        { "string", "\"warranty\"" },
        { "empty object", "{}" },
        { "binary garbage", Encoding.Latin1.GetString([.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256))]) },
        { "deeply nested arrays", new string('[', 100_000) + new string(']', 100_000) },
        { "deeply nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) + "1" + new string('}', 50_000) },
        { "huge", "{\"WorkflowName\":\"x\",\"Description\":\"" + new string('x', 3 * 1024 * 1024) + "\"}" },
        { "rules not an array", "{\"WorkflowName\":\"x\",\"Inputs\":{\"claim\":\"ClaimFacts\"},\"Rules\":{\"a\":1}}" },
        { "rule not an object", "{\"WorkflowName\":\"x\",\"Inputs\":{\"claim\":\"ClaimFacts\"},\"Rules\":[1, null, \"r\"]}" },
        { "wrong member types", "{\"WorkflowName\":7,\"Inputs\":[],\"Rules\":[{\"RuleName\":[],\"Expression\":{}}]}" },
        { "enabled as string", Text(RuleSet("x", ClaimInputs(), Rule("r", "true"))).Replace("\"RuleName\"", "\"Enabled\": \"yes\", \"RuleName\"", StringComparison.Ordinal) },
        { "deep expression nesting", Text(RuleSet("x", ClaimInputs(), Rule("r", new string('(', 5_000) + "true" + new string(')', 5_000)))) },
        { "long operator chain", Text(RuleSet("x", ClaimInputs(), Rule("r", new string('!', 1_900) + "true"))) },
        { "long expression", Text(RuleSet("x", ClaimInputs(), Rule("r", string.Join(" && ", Enumerable.Repeat("claim.LineCount > 0", 2_000))))) },
        { "lambda soup", Text(RuleSet("x", ClaimInputs(), Rule("r", "claim.Lines.Any(l => l.Lines.Any(m => m))"))) },
        { "outside the sandbox", Text(RuleSet("x", ClaimInputs(), Rule("r", "System.IO.File.Exists(\"/etc/passwd\")"))) },
        { "reflection escape", Text(RuleSet("x", ClaimInputs(), Rule("r", "claim.GetType().Assembly.GetType(\"System.IO.File\") != null"))) },
        { "output as object", Text(RuleSet("x", ClaimInputs(), Rule("r", "true"))).Replace("\"outcome\"", "\"output\": {\"a\": 1}, \"outcome\"", StringComparison.Ordinal) },
        { "output out of range", Text(RuleSet("x", ClaimInputs(), Rule("r", "true"))).Replace("\"outcome\"", "\"output\": 1e400, \"outcome\"", StringComparison.Ordinal) },
        { "bad global param", "{\"WorkflowName\":\"x\",\"Inputs\":{\"claim\":\"ClaimFacts\"},\"GlobalParams\":[{\"Name\":\"claim\",\"Expression\":\"1\"}],\"Rules\":[{\"RuleName\":\"r\",\"Expression\":\"true\",\"SuccessEvent\":\"m\",\"Properties\":{\"outcome\":\"alert\",\"reasonCode\":\"ZZ\",\"source\":\"W-01\"}}]}" },
        { "comments", "// rules\n" + Text(RuleSet("x", ClaimInputs(), Rule("r", "true"))) },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInput_IsInvalid_WithoutThrowing(string what, string json)
    {
        var result = Validator.Validate("x.json", json);

        Assert.False(result.IsValid, what);
        Assert.NotEmpty(result.Problems);
        Assert.StartsWith("INVALID x.json: ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NullContentOrFileName_IsInvalid_WithoutThrowing()
    {
        Assert.False(Validator.Validate(null!, null!).IsValid);
        Assert.False(Validator.ValidateFile(null!).IsValid);
        Assert.False(Validator.ValidateFile("\0bad").IsValid);
    }

    [Fact]
    public void MissingFileOrDirectory_IsInvalid()
    {
        Assert.Contains("does not exist", Validator.ValidateFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")).ToString(), StringComparison.Ordinal);
        Assert.False(Validator.ValidateFile(Path.GetTempPath()).IsValid);
    }

    [Fact]
    public void RandomlyCorruptedRuleSets_NeverThrow()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.RulesDirectory, "warranty-claim.json"));
        var random = new Random(20260301);
        const string Noise = "{}[]\",:!()=<>&|.0123456789abcxyz \\\n";

        for (var i = 0; i < 60; i++)
        {
            var text = new StringBuilder(original);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                }
                else
                {
                    text.Insert(at, Noise[random.Next(Noise.Length)]);
                }
            }

            var result = Validator.Validate("warranty-claim.json", text.ToString());

            Assert.NotNull(result.ToString());
        }
    }
}
