using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Inbox;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The case beside a task. Whoever may see the task may see its case, as far as the caller's scope reaches:
/// the timeline holds only audit entries inside the caller's subtree. Rule results come from the audit trail's
/// <see cref="AuditAction.RulesEvaluated"/> entries (written in the evaluating transaction for every case type
/// alike), latest per rule set; the path from <see cref="InstanceHistoryStep"/>.
/// </summary>
public sealed class TaskCases(WorkflowDmsDbContext reads, InboxService inbox, IEnumerable<ICaseType> caseTypes)
{
    private const int MaxTimeline = 500;

    private readonly Dictionary<string, ICaseType> byPrefix = caseTypes.ToDictionary(c => c.Prefix, StringComparer.Ordinal);

    public async Task<TaskCaseView> GetAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var task = await inbox.VisibleAsync(actor, taskId, cancellationToken);
        var subject = $"{task.CaseType}:{task.CaseId}";
        var type = byPrefix.GetValueOrDefault(task.CaseType);
        var data = type?.Describe(reads, task.CaseId) ?? new { task.CaseNumber };
        var facts = type?.Facts(reads, task.CaseId);
        var dealer = await DealerAsync(facts?.DealerId, cancellationToken);

        var entries = await reads.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject && e.OrgPath.StartsWith(actor.OrgPath))
            .OrderBy(e => e.Sequence).Take(MaxTimeline).ToListAsync(cancellationToken);
        var timeline = entries.Select(e => new TimelineEntryView(e.Sequence, e.At, e.Actor, e.Action.ToString(), Parse(e.DataJson))).ToList();
        var rules = timeline.Where(e => e.Action == nameof(AuditAction.RulesEvaluated))
            .Select(e => (e.At, e.Detail))
            .GroupBy(e => Text(e.Detail, "ruleSet") ?? "")
            .SelectMany(g => RuleRows(g.Key, g.Last().At, g.Last().Detail))
            .ToList();

        return new TaskCaseView(task.CaseType, task.CaseId, task.CaseNumber, facts?.Status is { Length: > 0 } status ? status : task.CaseStatus,
            dealer, data, rules, timeline, await ProcessAsync(task, cancellationToken));
    }

    private async Task<CaseDealerView?> DealerAsync(Guid? dealerId, CancellationToken cancellationToken)
    {
        if (dealerId is not { } id)
        {
            return null;
        }

        var dealer = await reads.Dealers.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Code, d.Name }).FirstOrDefaultAsync(cancellationToken);
        return dealer is null ? null : new CaseDealerView(dealer.Code, dealer.Name);
    }

    private async Task<CaseProcessView?> ProcessAsync(WorkTask task, CancellationToken cancellationToken)
    {
        var instance = await reads.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == task.InstanceId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var active = await reads.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instance.Id)
            .OrderBy(b => b.Id).Select(b => b.ElementId).ToListAsync(cancellationToken);
        var steps = await reads.InstanceHistory.AsNoTracking().Where(s => s.InstanceId == instance.Id)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);

        // The diagram itself: approvers may not read the designer's routes, but they must see where their case stands.
        var xml = await reads.ProcessDefinitions.AsNoTracking()
            .Where(p => p.ProcessId == instance.ProcessId && p.Version == instance.DefinitionVersion)
            .Select(p => p.Xml).FirstOrDefaultAsync(cancellationToken);

        // Ids with a '/' belong to a called process, not to this diagram.
        static bool OwnDiagram(string id) => !id.Contains('/', StringComparison.Ordinal);
        return new CaseProcessView(
            instance.Id,
            instance.ProcessId,
            instance.DefinitionVersion,
            instance.Status,
            active.Distinct(StringComparer.Ordinal).ToList(),
            steps.SelectMany(s => s.ElementIds()).Where(OwnDiagram).Distinct(StringComparer.Ordinal).ToList(),
            steps.SelectMany(s => s.FlowIds()).Where(OwnDiagram).Distinct(StringComparer.Ordinal).ToList(),
            xml);
    }

    private static IEnumerable<CaseRuleResultView> RuleRows(string ruleSet, DateTime at, JsonElement data)
    {
        int? version = data.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var fired = data.TryGetProperty("fired", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().ToList() : [];
        if (fired.Count == 0)
        {
            return [new CaseRuleResultView(ruleSet, version, at, null, Text(data, "decision") ?? "auto-pass", null, null)];
        }

        return fired.Select(r => new CaseRuleResultView(ruleSet, version, at, Text(r, "rule"), Text(r, "outcome") ?? "", Text(r, "reasonCode"), Text(r, "message")));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
