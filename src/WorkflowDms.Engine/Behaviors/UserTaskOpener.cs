using System.Collections;
using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Expressions;
using WorkflowDms.Engine.Timers;

namespace WorkflowDms.Engine.Behaviors;

/// <summary>
/// Evaluates a user task's Camunda attributes into its bookmark. <c>camunda:dueDate</c> takes an expression, an
/// ISO 8601 date-time or (our extension) an ISO 8601 duration relative to the task's creation, e.g. <c>P2D</c>.
/// </summary>
internal static class UserTaskOpener
{
    public static void Open(ExecutionRun run, ScopeState scope, TokenState token, UserTaskNode node, int? index)
    {
        var context = run.Context(scope, token);
        var bookmark = run.NewBookmark(BookmarkKind.UserTask, scope, token, node) with
        {
            Assignee = node.Assignee is null ? null : run.Guard(node, () => Text(node.Assignee.Evaluate(context), "camunda:assignee")),
            CandidateGroups = node.CandidateGroups is null ? [] : run.Guard(node, () => List(node.CandidateGroups.Evaluate(context))),
            CandidateUsers = node.CandidateUsers is null ? [] : run.Guard(node, () => List(node.CandidateUsers.Evaluate(context))),
            TaskDueDate = node.DueDate is null ? null : run.Guard(node, () => DueDate(node.DueDate.Evaluate(context), run.Now)),
            FormKey = node.FormKey,
            Documentation = node.Documentation,
            MultiInstanceIndex = index,
        };
        run.Open(bookmark);
    }

    private static string? Text(object? value, string what) => value switch
    {
        null => null,
        string s => s.Trim().Length == 0 ? null : s.Trim(),
        IList { Count: 1 } list => Text(list[0], what),
        _ => throw new ExpressionException($"{what} must be a single name, not a {ValueTypes.Describe(value)}"),
    };

    // Comma lists ("sales, credit") and lists from expressions (a rule set's collected outputs) both work.
    private static List<string> List(object? value)
    {
        var result = new List<string>();
        switch (value)
        {
            case null:
                break;
            case string s:
                foreach (var part in s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    result.Add(part);
                }

                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    result.AddRange(List(item));
                }

                break;
            default:
                result.Add(ValueTypes.ToText(value));
                break;
        }

        return result;
    }

    private static DateTimeOffset? DueDate(object? value, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }

        if (value is string s && IsoDuration.TryParse(s, out var duration))
        {
            return duration.AddTo(now);
        }

        return TimerCalculator.ParseDate(value);
    }
}
