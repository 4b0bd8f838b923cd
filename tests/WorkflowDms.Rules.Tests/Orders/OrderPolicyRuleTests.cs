using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests.Orders;

/// <summary>rules/order-policy.json rule by rule: each fires in its scenario and stays silent in its near miss (usually the boundary).</summary>
public sealed class OrderPolicyRuleTests
{
    private const string RuleSet = "order-policy";

    /// <summary>Two SEDAN-A for D1001 at list price within allocation, with a modest history: nothing fires.</summary>
    private static readonly OrderFacts Clean = new()
    {
        OrderType = "vehicle",
        TotalAmount = 300_000.00m,
        TotalQuantity = 2,
        LineCount = 1,
        TrailingAverageAmount = 150_000.00m,
        TrailingAverageQuantity = 1,
        HistoryOrderCount = 4,
        DealerActive = true,
        HighestApprovalLimit = 50_000_000.00m,
    };

    private static readonly OrderFacts Parts = Clean with { OrderType = "parts", TotalAmount = 800.00m, TotalQuantity = 10, TrailingAverageAmount = 800.00m, TrailingAverageQuantity = 10 };

    private static readonly Dictionary<string, (RuleOutcome Outcome, string ReasonCode, string Source, OrderFacts Fires, OrderFacts NearMiss)> Cases = new()
    {
        ["PB-03-dealer-inactive"] = (RuleOutcome.Reject, "DIN", "PB-03", Clean with { DealerActive = false }, Clean),
        ["O-15-above-highest-authority"] = (RuleOutcome.Reject, "DOA", "O-15", Clean with { HighestApprovalLimit = 299_999.99m }, Clean with { HighestApprovalLimit = 300_000.00m }),
        ["O-13-price-not-valid"] = (RuleOutcome.Hold, "PNV", "O-13", Clean with { LinesWithoutValidPrice = 1 }, Clean with { LinesWithoutValidPrice = 0 }),
        ["O-03-no-allocation-for-model"] = (RuleOutcome.Hold, "NAL", "O-03", Clean with { LinesWithoutQuota = 1 }, Parts with { LinesWithoutQuota = 1 }),
        ["O-01-allocation-exceeded"] = (RuleOutcome.Hold, "ALX", "O-01", Clean with { LinesWithoutAllocation = 1 }, Parts with { LinesWithoutAllocation = 1 }),
        ["PB-01-below-minimum-quantity"] = (RuleOutcome.Hold, "MOQ", "PB-01", Parts with { LinesBelowMinimumQuantity = 1 }, Clean with { LinesBelowMinimumQuantity = 1 }),
        ["PB-02-discount-above-limit"] = (RuleOutcome.Hold, "DSC", "PB-02", Clean with { LinesAboveDiscountLimit = 1 }, Clean),
        ["O-19-abnormal-value"] = (RuleOutcome.Alert, "ABN", "O-19", Clean with { TotalAmount = 450_000.01m }, Clean with { TotalAmount = 450_000.00m }),
        ["O-19-abnormal-quantity"] = (RuleOutcome.Alert, "ABN", "O-19", Clean with { TotalQuantity = 4 }, Clean with { TotalQuantity = 4, HistoryOrderCount = 2 }),
        ["O-21-submitter-outside-scope"] = (RuleOutcome.Block, "SCP", "O-21", Clean with { SubmitterOutsideScope = true }, Clean with { SubmitterOutsideScope = false }),
        ["O-15-above-first-authority-level"] = (RuleOutcome.Route, "DOA", "O-15", Clean with { LowestApprovalLimit = 299_999.99m }, Clean with { LowestApprovalLimit = 300_000.00m }),
        ["O-16-submitter-within-own-authority"] = (RuleOutcome.Route, "FEP", "O-16", Clean with { SubmitterApprovalLimit = 300_000.00m }, Clean with { SubmitterApprovalLimit = 299_999.99m }),
        ["O-18-above-max-document-value"] = (RuleOutcome.Alert, "MDV", "O-18", Clean with { MaxDocumentValue = 299_999.99m }, Clean with { MaxDocumentValue = 300_000.00m }),
        ["O-19-value-outlier"] = (RuleOutcome.Alert, "ABN", "O-19", Clean with { TrailingStdDevAmount = 49_999.99m }, Clean with { TrailingStdDevAmount = 50_000.00m }),
        ["O-19-quantity-outlier"] = (RuleOutcome.Alert, "ABN", "O-19", Clean with { TrailingStdDevQuantity = 0.33m }, Clean with { TrailingStdDevQuantity = 0.34m }),
    };

    public static TheoryData<string> RuleNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_FiresInItsScenario(string ruleName) =>
        Assert.Contains(ruleName, Evaluate(Cases[ruleName].Fires).FiredRules.Select(f => f.RuleName));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_DoesNotFireInItsNearMiss(string ruleName) =>
        Assert.DoesNotContain(ruleName, Evaluate(Cases[ruleName].NearMiss).FiredRules.Select(f => f.RuleName));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_ReportsItsOutcomeReasonCodeAndSource(string ruleName)
    {
        var expected = Cases[ruleName];
        var descriptor = ShippedRules.Catalog.GetRules(RuleSet).Single(r => r.Name == ruleName);
        var fired = Evaluate(expected.Fires).FiredRules.Single(f => f.RuleName == ruleName);

        Assert.Equal((expected.Outcome, expected.ReasonCode, expected.Source), (fired.Outcome, fired.ReasonCode, descriptor.Source));
        Assert.False(string.IsNullOrWhiteSpace(fired.Message));
    }

    [Fact]
    public void RuleSet_EveryRuleHasACase_AndEveryCaseARule() =>
        Assert.Equal(Cases.Keys.Order(StringComparer.Ordinal), ShippedRules.Catalog.GetRules(RuleSet).Select(r => r.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void CleanOrder_PassesAutomatically()
    {
        var evaluation = Evaluate(Clean);

        Assert.Equal(RuleOutcome.AutoPass, evaluation.Decision);
        Assert.Empty(evaluation.FiredRules);
    }

    [Fact]
    public void AboveHighestAuthority_IsRejectedNotRoutedToTheNextLevel()
    {
        var evaluation = Evaluate(Clean with { LowestApprovalLimit = 100_000.00m, HighestApprovalLimit = 200_000.00m });

        Assert.Equal(RuleOutcome.Reject, evaluation.Decision);
        Assert.DoesNotContain("O-15-above-first-authority-level", evaluation.FiredRules.Select(f => f.RuleName));
    }

    [Fact]
    public void AbnormalAlert_DoesNotOverrideAHold()
    {
        var evaluation = Evaluate(Clean with { TotalAmount = 2_000_000.00m, LinesWithoutValidPrice = 1 });

        Assert.Equal(RuleOutcome.Hold, evaluation.Decision);
    }

    private static RuleEvaluation Evaluate(OrderFacts order) =>
        ShippedRules.Evaluator.Evaluate(RuleSet, new Dictionary<string, object?> { ["order"] = order });
}
