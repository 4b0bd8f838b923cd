using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Engine.Execution;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Bulk decisions: the same decision on each task in turn, each in its own transaction, so one refusal does not
/// undo the others. Each item answers with the status its own POST /tasks/{id}/complete would have had; a task
/// whose form is decided one by one (see <see cref="BulkPolicy"/>) is a 400 for that item.
/// </summary>
public sealed partial class InboxService
{
    public const int MaxBulkTasks = 100;

    public async Task<IReadOnlyList<BulkItemResult>> BulkCompleteAsync(Actor actor, BulkCompleteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (request.TaskIds is not { Count: > 0 and <= MaxBulkTasks } ids)
        {
            throw new RequestBodyException(400, "Invalid bulk decision", $"taskIds lists 1 to {MaxBulkTasks} task ids.", "taskIds");
        }

        var decision = request.Decision ?? throw new RequestBodyException(400, "Invalid bulk decision", "decision is required.", "decision");
        var results = new List<BulkItemResult>(ids.Count);
        foreach (var id in ids.Distinct())
        {
            results.Add(await CompleteOneAsync(actor, id, decision, cancellationToken));
        }

        return results;
    }

    private async Task<BulkItemResult> CompleteOneAsync(Actor actor, Guid taskId, TaskDecision decision, CancellationToken cancellationToken)
    {
        try
        {
            var task = await GetAsync(actor, taskId, cancellationToken);
            if (!task.AllowsBulk)
            {
                return new BulkItemResult(taskId, 400, $"The '{task.FormKey}' form is decided one task at a time.");
            }

            await CompleteAsync(actor, taskId, decision, cancellationToken);
            return new BulkItemResult(taskId, 200, null);
        }
        catch (Exception e) when (Status(e) is { } status)
        {
            return new BulkItemResult(taskId, status, e is WorkflowExecutionException { InnerException: { } inner } ? inner.Message : e.Message);
        }
    }

    /// <summary>The status the API's error mapping gives these exceptions; anything else is not the item's fault and propagates.</summary>
    private static int? Status(Exception exception) => exception switch
    {
        WorkflowExecutionException { InnerException: DomainException inner } => Status(inner),
        WorkflowExecutionException => 422,
        RequestBodyException b => b.StatusCode,
        NotFoundException => 404,
        InvalidTransitionException or ConflictException or DbUpdateConcurrencyException or StaleStimulusException => 409,
        DomainException => 422,
        _ => null,
    };
}
