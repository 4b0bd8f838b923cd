using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>Builds small rule-set documents for tests, valid unless a test breaks one part on purpose.</summary>
internal static class RuleSetJson
{
    public static JsonObject RuleSet(string name, JsonObject inputs, params JsonObject[] rules) => new()
    {
        ["WorkflowName"] = name,
        ["Inputs"] = inputs,
        ["Rules"] = new JsonArray([.. rules]),
    };

    public static JsonObject Rule(
        string name, string expression, string outcome = "send-back", string? reasonCode = "IIS", string source = "W-07",
        string message = "Something is wrong.") => new()
    {
        ["RuleName"] = name,
        ["Expression"] = expression,
        ["SuccessEvent"] = message,
        ["Properties"] = reasonCode is null
            ? new JsonObject { ["outcome"] = outcome, ["source"] = source }
            : new JsonObject { ["outcome"] = outcome, ["reasonCode"] = reasonCode, ["source"] = source },
    };

    public static JsonObject ClaimInputs() => new() { ["claim"] = "ClaimFacts", ["dealer"] = "DealerFacts" };

    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
