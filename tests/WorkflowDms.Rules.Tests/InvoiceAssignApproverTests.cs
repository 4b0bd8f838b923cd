using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests;

/// <summary>
/// TestData/invoice-assign-approver.json mimics Camunda's invoice example decision (hit policy COLLECT): the outputs of
/// all fired rules come back in rule order, whether the BPMN task passes the declared types or raw variables.
/// </summary>
public sealed class InvoiceAssignApproverTests
{
    private const string RuleSet = "invoice-assign-approver";

    [Theory]
    [InlineData(500, "Travel Expenses", new[] { "accounting", "sales" })]
    [InlineData(1000, "Travel Expenses", new[] { "accounting", "sales" })]
    [InlineData(1500, "Travel Expenses", new[] { "sales", "management" })]
    [InlineData(1500, "Misc", new[] { "management" })]
    [InlineData(20, "Software License Costs", new[] { "accounting" })]
    public void Outputs_ComeBackInRuleOrder(int amount, string category, string[] expected)
    {
        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, Input((decimal)amount, category));

        Assert.Equal(expected, evaluation.Outputs);
        Assert.Equal(3, evaluation.RulesEvaluated);
    }

    [Fact]
    public void RawProcessVariables_OfOtherNumericTypes_StillEvaluate()
    {
        // A BPMN business-rule task passes variables as they are stored: JSON numbers arrive as long or double.
        var fromLong = ShippedRules.Evaluator.Evaluate(RuleSet, Input(500L, "Travel Expenses"));
        var fromDouble = ShippedRules.Evaluator.Evaluate(RuleSet, Input(1500.5d, "Misc"));

        Assert.Equal(["accounting", "sales"], fromLong.Outputs);
        Assert.Equal(["management"], fromDouble.Outputs);
    }

    [Fact]
    public void MissingCategory_IsNull_AndOnlyAmountRulesFire()
    {
        var evaluation = ShippedRules.Evaluator.Evaluate(RuleSet, new Dictionary<string, object?> { ["amount"] = 2_000m });

        Assert.Equal(["management"], evaluation.Outputs);
    }

    private static Dictionary<string, object?> Input(object amount, string category) => new()
    {
        ["amount"] = amount,
        ["invoiceCategory"] = category,
    };
}
