using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests.Credit;

/// <summary>rules/credit-policy.json rule by rule: each fires in its scenario and stays silent in its near miss (usually the boundary).</summary>
public sealed class CreditPolicyRuleTests
{
    private const string RuleSet = "credit-policy";

    /// <summary>D1001: limit 500,000.00, exposure 120,000.00, an order of 300,000.00, nothing overdue: passes.</summary>
    private static readonly CreditFacts Clean = new()
    {
        HasAccount = true,
        EffectiveLimit = 500_000.00m,
        Exposure = 120_000.00m,
        DocumentValue = 300_000.00m,
        AllowedOverdueDays = 30,
        RiskClass = "B",
        MaxDocumentValue = 2_000_000.00m,
    };

    private static readonly Dictionary<string, (RuleOutcome Outcome, string ReasonCode, string Source, CreditFacts Fires, CreditFacts NearMiss)> Cases = new()
    {
        ["C-01-no-credit-account"] = (RuleOutcome.Block, "NCA", "C-01", new CreditFacts { HasAccount = false, DocumentValue = 10m }, Clean),
        ["C-10-manually-blocked"] = (RuleOutcome.Block, "BLK", "C-10", Clean with { ManuallyBlocked = true }, Clean),
        ["C-12-limit-expired"] = (RuleOutcome.Block, "LEX", "C-12", Clean with { LimitExpired = true }, Clean),
        ["C-04-limit-exceeded"] = (RuleOutcome.Block, "CLE", "C-04", Clean with { DocumentValue = 380_000.01m }, Clean with { DocumentValue = 380_000.00m }),
        ["C-06-oldest-item-overdue"] = (RuleOutcome.Block, "OVD", "C-06", Clean with { OldestItemDaysOverdue = 31 }, Clean with { OldestItemDaysOverdue = 30 }),
        ["C-07-overdue-share"] = (RuleOutcome.Block, "OVR", "C-07", Clean with { OverdueShareOver45DaysPercent = 40.01m }, Clean with { OverdueShareOver45DaysPercent = 40m }),
        ["C-11-review-overdue"] = (RuleOutcome.Hold, "REV", "C-11", Clean with { ReviewOverdue = true }, Clean),
        ["O-18-above-max-document-value"] = (RuleOutcome.Hold, "MDV", "O-18", Clean with { MaxDocumentValue = 299_999.99m }, Clean with { MaxDocumentValue = 300_000.00m }),
        ["O-05-high-risk-class"] = (RuleOutcome.Hold, "RSK", "O-05", Clean with { RiskClass = "D" }, Clean with { RiskClass = "C" }),
        ["O-05-limit-exceeded-high-risk-class"] = (RuleOutcome.Block, "RSK", "O-05", Clean with { RiskClass = "C", DocumentValue = 380_000.01m }, Clean with { RiskClass = "B", DocumentValue = 380_000.01m }),
        ["C-04-currency-mismatch"] = (RuleOutcome.Hold, "CUR", "C-04", Clean with { CurrencyMismatch = true }, Clean with { CurrencyMismatch = false }),
        ["C-06-oldest-item-overdue-warning"] = (RuleOutcome.Alert, "OVW", "C-06", Clean with { OldestItemDaysOverdue = 30 }, Clean with { OldestItemDaysOverdue = 31 }),
        ["C-12-temporary-limit-expired"] = (RuleOutcome.Alert, "TLX", "C-12", Clean with { TemporaryLimitExpired = true }, Clean with { TemporaryLimitExpired = true, LimitExpired = true }),
        ["C-15-limit-request-pending"] = (RuleOutcome.Alert, "LRP", "C-15", Clean with { LimitRequestPending = true, DocumentValue = 380_000.01m }, Clean with { LimitRequestPending = true, DocumentValue = 380_000.00m }),
        ["O-18-new-customer"] = (RuleOutcome.Alert, "NWC", "O-18", Clean with { NewCustomer = true }, new CreditFacts { HasAccount = false, NewCustomer = true, DocumentValue = 10m }),
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
    public void WithinFreeCredit_Passes()
    {
        var evaluation = Evaluate(Clean);

        Assert.Equal(RuleOutcome.AutoPass, evaluation.Decision);
        Assert.Empty(evaluation.FiredRules);
    }

    [Fact]
    public void MissingAccount_IsOnlyReportedOnce()
    {
        var evaluation = Evaluate(new CreditFacts { HasAccount = false, DocumentValue = 10m, ManuallyBlocked = true, ReviewOverdue = true });

        Assert.Equal(["C-01-no-credit-account"], evaluation.FiredRules.Select(f => f.RuleName));
    }

    private static RuleEvaluation Evaluate(CreditFacts credit) =>
        ShippedRules.Evaluator.Evaluate(RuleSet, new Dictionary<string, object?> { ["credit"] = credit });
}
