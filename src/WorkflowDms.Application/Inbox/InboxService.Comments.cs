using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Inbox;

namespace WorkflowDms.Application.Inbox;

/// <summary>Comments: anyone who can see a task may comment; each comment is also an audit entry of its case.</summary>
public sealed partial class InboxService
{
    private const int MaxCommentLength = 2000;

    public Task<TaskCommentView> CommentAsync(Actor actor, Guid taskId, TaskCommentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxCommentLength)
        {
            throw new RequestBodyException(400, "Invalid comment", $"text is required, at most {MaxCommentLength} characters.", "text");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var task = await LoadVisibleAsync(db, actor, taskId, ct);
            var comment = TaskComment.Write(Guid.CreateVersion7(clock.GetUtcNow()), task.Id, actor.Id, actor.Name, text, clock.GetUtcNow().UtcDateTime);
            db.TaskComments.Add(comment);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.TaskCommented, Subject(task), task.OrgPath,
                new { taskId = task.Id, task.Name, task.CaseNumber, commentId = comment.Id, text }, ct);
            return ToView(comment);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<TaskCommentView>> CommentsAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await GetAsync(actor, taskId, cancellationToken);
        var comments = await reads.TaskComments.AsNoTracking().Where(c => c.TaskId == taskId)
            .OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return comments.Select(ToView).ToList();
    }

    private static TaskCommentView ToView(TaskComment comment) => new(comment.Id, comment.AuthorName, comment.Text, comment.At);
}
