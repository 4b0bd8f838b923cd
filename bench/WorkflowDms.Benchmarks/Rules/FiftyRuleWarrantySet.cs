using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowDms.Benchmarks.Rules;

/// <summary>
/// The product bar is stated for a 50-rule set, and the shipped <c>warranty-claim</c> set has 32 rules. This writes
/// <c>warranty-claim-50.json</c>: the 32 shipped rules plus 18 plausible extra checks over the same facts (source
/// <c>BX-nn</c>: benchmark-only, not domain-reference rules), loaded through the same catalog as the shipped file.
/// </summary>
internal static class FiftyRuleWarrantySet
{
    public const string Name = "warranty-claim-50";

    private static readonly (string Name, string Expression, string Message, string Outcome, string Code)[] ExtraRules =
    [
        ("mileage-missing", "claim.MileageKm <= 0", "The mileage at repair is missing.", "send-back", "IIS"),
        ("repair-after-submission", "claim.RepairDate > claim.SubmittedAt", "The repair date is after the submission.", "send-back", "A2"),
        ("vin-length", "claim.Vin.Length != 17", "The VIN is not 17 characters long.", "send-back", "IV"),
        ("repair-order-missing", "string.IsNullOrWhiteSpace(claim.RepairOrderNumber)", "The repair-order number is missing.", "send-back", "IIS"),
        ("line-count-mismatch", "claim.LineCount != claim.Lines.Count", "The line count does not match the lines.", "send-back", "IIS"),
        ("labor-count-mismatch", "claim.LaborLineCount != claim.Lines.Count(l => l.Type == \"labor\")", "The labour line count does not match the lines.", "send-back", "IIS"),
        ("total-not-sum-of-lines", "claim.TotalAmount != claim.Lines.Sum(l => l.Amount)", "The claim total is not the sum of its lines.", "adjust", "DC"),
        ("many-labor-hours", "claim.Lines.Where(l => l.Type == \"labor\").Sum(l => l.Hours) > 20", "More than 20 labour hours on one claim.", "route", "ELH"),
        ("part-price-missing", "claim.Lines.Any(l => l.Type == \"part\" && l.PartKnown && l.UnitPrice <= 0)", "A catalogued part has no price.", "send-back", "RP"),
        ("part-quantity-not-positive", "claim.Lines.Any(l => l.Type == \"part\" && l.Quantity <= 0)", "A part quantity is zero or negative.", "send-back", "RP"),
        ("resubmitted-often", "claim.SubmissionCount > 3", "The claim was resubmitted more than twice.", "route", "ZZ"),
        ("tier-3-large-claim", "dealer.Tier >= 3 && claim.TotalAmount * 2 > dealer.AutoApprovalLimit", "A tier-3 dealer's claim is above half the auto-approval limit.", "route", "AC"),
        ("sublet-without-comment", "claim.Lines.Any(l => l.Type == \"sublet\" && !l.HasComment)", "A sublet line has no comment.", "send-back", "IIS"),
        ("repair-in-first-month", "vehicle.InServiceDate != null && claim.RepairDate < vehicle.InServiceDate.Value.AddDays(30)", "The repair is within 30 days of delivery.", "alert", "ZZ"),
        ("near-coverage-end", "vehicle.CoverageEndsOn != null && claim.RepairDate <= vehicle.CoverageEndsOn.Value && claim.RepairDate > vehicle.CoverageEndsOn.Value.AddDays(-30)", "The repair is in the last 30 days of coverage.", "route", "ZZ"),
        ("near-mileage-limit", "vehicle.CoverageKm > 0 && claim.MileageKm <= vehicle.CoverageKm && claim.MileageKm * 100 > vehicle.CoverageKm * 95", "The mileage is within 5 % of the coverage limit.", "route", "ZZ"),
        ("model-group-missing", "vehicle.Known && string.IsNullOrWhiteSpace(vehicle.ModelGroup)", "The vehicle has no model group.", "send-back", "IV"),
        ("labor-amount-above-rate", "claim.Lines.Any(l => l.Type == \"labor\" && l.Amount > l.Hours * l.LaborRate)", "A labour amount is above hours times rate.", "adjust", "IL"),
    ];

    /// <summary>Writes the 50-rule file next to a copy of the shipped set in <paramref name="directory"/>.</summary>
    public static void WriteTo(string directory, string shippedRuleSetPath)
    {
        var ruleSet = JsonNode.Parse(File.ReadAllText(shippedRuleSetPath))!.AsObject();
        ruleSet["WorkflowName"] = Name;
        var rules = ruleSet["Rules"]!.AsArray();
        for (var i = 0; i < ExtraRules.Length; i++)
        {
            var (name, expression, message, outcome, code) = ExtraRules[i];
            var source = $"BX-{i + 1:00}";
            rules.Add(new JsonObject
            {
                ["RuleName"] = $"{source}-{name}",
                ["Expression"] = expression,
                ["SuccessEvent"] = message,
                ["Properties"] = new JsonObject { ["outcome"] = outcome, ["reasonCode"] = code, ["source"] = source },
            });
        }

        if (rules.Count != 50)
        {
            throw new InvalidOperationException($"expected 50 rules, built {rules.Count}");
        }

        File.WriteAllText(Path.Combine(directory, Name + ".json"), ruleSet.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
