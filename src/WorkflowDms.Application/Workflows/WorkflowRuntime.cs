using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Inbox;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// Loads and saves workflow instances around the pure engine, inside the current command's transaction
/// (Camunda's CompleteTaskCmd shape): state in, stimulus, state out; then the stored bookmarks are brought
/// in line with the engine's open bookmarks, user tasks become inbox tasks, and every step is audited.
/// </summary>
internal sealed class WorkflowRuntime(
    WorkflowDmsDbContext db,
    DeployedDefinitions definitions,
    CaseRuleEvaluator rules,
    IEnumerable<IServiceTaskHandler> handlers,
    CaseDirectory cases,
    ExecutionScope scope,
    AuditTrail audit,
    TaskCaseSync caseSync,
    TimeProvider clock)
{
    private WorkflowExecutor? executor;

    private WorkflowExecutor Executor => executor ??= new WorkflowExecutor(rules, handlers, definitions);

    /// <summary>Starts the latest version of a process for a case; returns the new instance's id.</summary>
    public async Task<Guid> StartAsync(string processId, string businessKey, IReadOnlyDictionary<string, object?> variables, Actor actor, CancellationToken cancellationToken)
    {
        scope.Actor = actor;
        var (definition, version) = definitions.Latest(processId);
        var now = clock.GetUtcNow();
        var instanceId = Guid.CreateVersion7(now);
        var @case = cases.Resolve(businessKey);
        audit.Append(actor, AuditAction.WorkflowStarted, Subject(@case), @case.OrgPath, new { processId, version, instanceId });
        var result = Executor.Start(definition, new StartRequest(instanceId, businessKey, variables), now);
        var record = WorkflowInstanceRecord.Start(instanceId, processId, version, businessKey, result.Status.ToString(),
            InstanceStateSerializer.Serialize(result.State), now.UtcDateTime);
        db.WorkflowInstances.Add(record);
        RecordPath(record, result, now.UtcDateTime);
        await ApplyAsync(record, @case, result, [], cancellationToken);
        return instanceId;
    }

    /// <summary>Delivers a message to the instance of the case that waits for it; 409 when none waits.</summary>
    public async Task DeliverMessageAsync(string messageName, string correlationKey, IReadOnlyDictionary<string, object?> variables, Actor actor, CancellationToken cancellationToken)
    {
        var key = $"message:{messageName}:{correlationKey}";
        var bookmark = await db.Bookmarks.FirstOrDefaultAsync(b => b.Kind == BookmarkKinds.Message && b.Key == key, cancellationToken)
            ?? throw new ConflictException("not-waiting", $"The case is not waiting for '{messageName}' now.");
        await ResumeAsync(bookmark.InstanceId, new DeliverMessage(messageName, variables), actor, cancellationToken);
    }

    /// <summary>Hands a completed inbox task's decision to its instance.</summary>
    public Task CompleteUserTaskAsync(WorkTask task, IReadOnlyDictionary<string, object?> variables, Actor actor, CancellationToken cancellationToken) =>
        ResumeAsync(task.InstanceId, new CompleteUserTask(task.BookmarkId, variables), actor, cancellationToken);

    /// <summary>Fires a due timer.</summary>
    public Task FireTimerAsync(BookmarkRecord timer, CancellationToken cancellationToken) =>
        ResumeAsync(timer.InstanceId, new FireTimer(timer.BookmarkId), Actor.System, cancellationToken);

    private async Task ResumeAsync(Guid instanceId, Stimulus stimulus, Actor actor, CancellationToken cancellationToken)
    {
        scope.Actor = actor;
        var record = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken);
        var stored = await db.Bookmarks.Where(b => b.InstanceId == instanceId).ToListAsync(cancellationToken);
        var definition = await definitions.GetAsync(record.ProcessId, record.DefinitionVersion, cancellationToken);
        var state = InstanceStateSerializer.Deserialize(record.StateJson);
        var now = clock.GetUtcNow();
        ExecutionResult result;
        try
        {
            result = Executor.Resume(definition, state, stimulus, now);
        }
        catch (StaleStimulusException e)
        {
            throw new ConflictException("stale-stimulus", e.Message);
        }

        record.Update(result.Status.ToString(), InstanceStateSerializer.Serialize(result.State), now.UtcDateTime);
        RecordPath(record, result, now.UtcDateTime);
        await ApplyAsync(record, cases.Resolve(record.BusinessKey), result, stored, cancellationToken);
    }

    private async Task ApplyAsync(WorkflowInstanceRecord record, CaseReference @case, ExecutionResult result, List<BookmarkRecord> stored, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = result.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in stored.Where(b => !open.Contains(b.BookmarkId)))
        {
            db.Bookmarks.Remove(gone);
        }

        // The case's status, dealer and amount go onto its tasks: read once, only when a task is opened or stays open.
        var known = stored.Select(b => b.BookmarkId).ToHashSet(StringComparer.Ordinal);
        var opensTask = result.Bookmarks.Any(b => b.Kind == BookmarkKind.UserTask && !known.Contains(b.Id));
        var keepsTask = stored.Exists(b => b.Kind == BookmarkKinds.UserTask && open.Contains(b.BookmarkId));
        var facts = opensTask || keepsTask ? await caseSync.ReadAsync(@case, cancellationToken) : null;
        if (keepsTask)
        {
            await caseSync.RefreshAsync(@case, facts!, cancellationToken);
        }

        foreach (var bookmark in result.Bookmarks.Where(b => !known.Contains(b.Id)))
        {
            db.Bookmarks.Add(bookmark.Kind switch
            {
                BookmarkKind.UserTask => BookmarkRecord.ForUserTask(Guid.CreateVersion7(), record.Id, bookmark.Id, bookmark.ElementId, CreateTask(record, @case, bookmark, facts, now)),
                BookmarkKind.Timer => BookmarkRecord.ForTimer(Guid.CreateVersion7(), record.Id, bookmark.Id, bookmark.ElementId, bookmark.DueAt!.Value.UtcDateTime),
                _ => BookmarkRecord.ForMessage(Guid.CreateVersion7(), record.Id, bookmark.Id, bookmark.ElementId, bookmark.MessageName!, bookmark.CorrelationKey),
            });
        }

        foreach (var effect in result.Effects)
        {
            switch (effect)
            {
                case UserTaskCancelled cancelled:
                    await CancelTaskAsync(record.Id, cancelled.Task, now, cancellationToken);
                    break;
                case TimerFired fired:
                    audit.Append(Actor.System, AuditAction.TimerFired, Subject(@case), @case.OrgPath, new { element = fired.ElementId });
                    break;
                case ProcessCompleted or ProcessTerminated:
                    audit.Append(scope.Actor, AuditAction.WorkflowCompleted, Subject(@case), @case.OrgPath,
                        new { processId = record.ProcessId, status = result.Status.ToString(), end = effect.ElementId });
                    break;
            }
        }
    }

    /// <summary>The elements and flows this step passed through, appended to the instance's history (one row per step).</summary>
    private void RecordPath(WorkflowInstanceRecord record, ExecutionResult result, DateTime now)
    {
        if (result.Visits.Count == 0)
        {
            return;
        }

        // Elements of a called process are kept as "processId/elementId", apart from the instance's own diagram.
        var elements = result.Visits.Select(v => v.ProcessId == record.ProcessId ? v.ElementId : $"{v.ProcessId}/{v.ElementId}");
        var flows = result.Visits.Where(v => v.FlowId is not null)
            .Select(v => v.ProcessId == record.ProcessId ? v.FlowId! : $"{v.ProcessId}/{v.FlowId}");
        db.InstanceHistory.Add(InstanceHistoryStep.Record(record.Id, elements, flows, now));
    }

    private Guid CreateTask(WorkflowInstanceRecord record, CaseReference @case, Bookmark bookmark, TaskCaseFacts? facts, DateTime now)
    {
        var task = WorkTask.Create(Guid.CreateVersion7(), new WorkTaskDraft
        {
            InstanceId = record.Id,
            BookmarkId = bookmark.Id,
            ElementId = bookmark.ElementId,
            Name = bookmark.ElementName ?? bookmark.ElementId,
            CaseType = @case.CaseType,
            CaseId = @case.CaseId,
            CaseNumber = @case.CaseNumber,
            OrgNodeId = @case.OrgNodeId,
            OrgPath = @case.OrgPath,
            FormKey = bookmark.FormKey,
            CandidateGroups = bookmark.CandidateGroups,
            CandidateUsers = bookmark.CandidateUsers,
            Assignee = bookmark.Assignee,
            DueAt = bookmark.TaskDueDate?.UtcDateTime,
            Case = facts,
        }, now);
        db.WorkTasks.Add(task);
        audit.Append(scope.Actor, AuditAction.TaskCreated, Subject(@case), @case.OrgPath,
            new { taskId = task.Id, task.Name, candidateGroups = bookmark.CandidateGroups, dueAt = task.DueAt });
        return task.Id;
    }

    private async Task CancelTaskAsync(Guid instanceId, Bookmark bookmark, DateTime now, CancellationToken cancellationToken)
    {
        var task = db.WorkTasks.Local.FirstOrDefault(t => t.InstanceId == instanceId && t.BookmarkId == bookmark.Id)
            ?? await db.WorkTasks.Include(t => t.Candidates).FirstOrDefaultAsync(t => t.InstanceId == instanceId && t.BookmarkId == bookmark.Id, cancellationToken);
        if (task is null || task.Status is WorkTaskStatus.Completed or WorkTaskStatus.Cancelled)
        {
            return;
        }

        task.Cancel("withdrawn by the process", now);
        audit.Append(scope.Actor, AuditAction.TaskCancelled, $"{task.CaseType}:{task.CaseId}", task.OrgPath,
            new { taskId = task.Id, task.Name, reason = "withdrawn by the process" });
    }

    private static string Subject(CaseReference @case) => $"{@case.CaseType}:{@case.CaseId}";
}
