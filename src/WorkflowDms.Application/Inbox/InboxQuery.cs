using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Inbox;

/// <summary>A checked inbox request: every bad parameter is a 400 naming it.</summary>
public sealed record InboxQuery(
    InboxView View,
    string? CaseType,
    WorkTaskStatus? Status,
    InboxDue? Due,
    string? Dealer,
    long? MinAmount,
    long? MaxAmount,
    InboxSort Sort)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public static InboxQuery Parse(TaskFilterQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var view = query.View switch
        {
            null or "" or "all" => InboxView.All,
            "mine" => InboxView.Mine,
            "groups" => InboxView.Groups,
            _ => throw Invalid("view", "view is one of mine, groups, all."),
        };
        WorkTaskStatus? status = query.Status switch
        {
            null or "" => null,
            "open" => WorkTaskStatus.Open,
            "claimed" => WorkTaskStatus.Claimed,
            "completed" => WorkTaskStatus.Completed,
            _ => throw Invalid("status", "status is one of open, claimed, completed."),
        };
        InboxDue? due = query.Due switch
        {
            null or "" => null,
            "overdue" => InboxDue.Overdue,
            "today" => InboxDue.Today,
            "week" => InboxDue.Week,
            _ => throw Invalid("due", "due is one of overdue, today, week."),
        };
        var sort = query.Sort switch
        {
            null or "" or "due" => InboxSort.Due,
            "-due" => InboxSort.DueDescending,
            "created" => InboxSort.Created,
            "-created" => InboxSort.CreatedDescending,
            "amount" => InboxSort.Amount,
            "-amount" => InboxSort.AmountDescending,
            _ => throw Invalid("sort", "sort is one of due, -due, created, -created, amount, -amount."),
        };
        if (query.CaseType is { Length: > 32 })
        {
            throw Invalid("caseType", "caseType has at most 32 characters.");
        }

        if (query.Dealer is { Length: > 32 })
        {
            throw Invalid("dealer", "dealer (a dealer code) has at most 32 characters.");
        }

        if (query.MinAmount < 0 || query.MaxAmount < 0 || query.MinAmount > query.MaxAmount)
        {
            throw Invalid(query.MinAmount < 0 || query.MaxAmount is null ? "minAmount" : "maxAmount",
                "minAmount and maxAmount are non-negative minor units, minAmount not above maxAmount.");
        }

        return new InboxQuery(view, Blank(query.CaseType), status, due, Blank(query.Dealer), query.MinAmount, query.MaxAmount, sort);
    }

    /// <summary>Parses the query-string values, where amounts arrive as text.</summary>
    public static InboxQuery Parse(string? view, string? caseType, string? status, string? due, string? dealer, string? minAmount, string? maxAmount, string? sort) =>
        Parse(new TaskFilterQuery(view, caseType, status, due, dealer, Amount(minAmount, "minAmount"), Amount(maxAmount, "maxAmount"), sort));

    public static int Limit(string? limit) =>
        string.IsNullOrEmpty(limit) ? DefaultLimit
        : int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit ? value
        : throw Invalid("limit", $"limit is a whole number from 1 to {MaxLimit}.");

    private static long? Amount(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount
        : throw Invalid(field, $"{field} is an amount in minor units (a whole number, e.g. 100000 for 1,000.00).");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RequestBodyException Invalid(string field, string detail) => new(400, "Invalid query", detail, field);
}
