using WorkflowDms.Domain.Policies;
using WorkflowDms.Rules;

namespace WorkflowDms.Reliability.Tests.Fuzzing;

/// <summary>Inputs the fuzz tests found, kept as plain tests so the fix stays.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void RuleSetValidator_LoneSurrogateInText_IsInvalidJsonNotALibraryError()
    {
        var validator = new RuleSetValidator(FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!));

        var result = validator.Validate("credit-policy.json", "{\"WorkflowName\":\"credit-policy\",\"Description\":\"\uD800\"}");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }
}
