using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// The recall-policy rule set inside the campaign process (launch gate, completion check): facts from the
/// campaign for the stage the process names, result kept on the campaign. Claims evaluate it directly.
/// </summary>
internal sealed class RecallRuleFacts(WorkflowDmsDbContext db, TimeProvider clock) : IRuleFactsProvider
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string RuleSet => RecallKeys.RuleSet;

    public IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables)
    {
        var stage = variables.GetValueOrDefault(RecallKeys.StageVariable) as string ?? RecallKeys.LaunchStage;
        var campaign = RecallFactsBuilder.Campaign(db, RecallLookup.Find(db, caseId), stage, clock.GetUtcNow().UtcDateTime);
        return new Dictionary<string, object?> { ["campaign"] = campaign, ["claim"] = new RecallClaimFacts() };
    }

    public void Record(Guid caseId, RuleResultView result) =>
        RecallLookup.Find(db, caseId).RecordRuleResult(JsonSerializer.Serialize(result, Json), result.EvaluatedAt);
}
