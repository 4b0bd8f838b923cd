using System.Linq.Expressions;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Order and "after the cursor" predicates per sort, in SQL and in memory alike, on (key, created, task id). The
/// extra <c>key &gt;= k</c> term (implied by the rest) lets SQLite start the index range at the cursor instead of
/// filtering from the first row. Task ids compare as the text SQLite stores, so the in-memory merge of the
/// per-grant pages agrees with each page's SQL order.
/// </summary>
internal static class InboxKeyset
{
    public static IQueryable<InboxRow> Order(IQueryable<InboxRow> rows, InboxSort sort) => sort switch
    {
        InboxSort.Due => rows.OrderBy(r => r.SortDueAt).ThenBy(r => r.CreatedAt).ThenBy(r => r.TaskId),
        InboxSort.DueDescending => rows.OrderByDescending(r => r.SortDueAt).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.TaskId),
        InboxSort.Created => rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.TaskId),
        InboxSort.CreatedDescending => rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.TaskId),
        InboxSort.Amount => rows.OrderBy(r => r.Amount).ThenBy(r => r.CreatedAt).ThenBy(r => r.TaskId),
        _ => rows.OrderByDescending(r => r.Amount).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.TaskId),
    };

    public static Expression<Func<InboxRow, bool>> After(InboxCursor cursor)
    {
        var created = cursor.CreatedAt;
        var id = cursor.TaskId;
        var due = new DateTime(Math.Clamp(cursor.Key, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
        var amount = cursor.Key;
        return cursor.Sort switch
        {
            InboxSort.Due => r => r.SortDueAt >= due
                && (r.SortDueAt > due || (r.SortDueAt == due && (r.CreatedAt > created || (r.CreatedAt == created && r.TaskId.CompareTo(id) > 0)))),
            InboxSort.DueDescending => r => r.SortDueAt <= due
                && (r.SortDueAt < due || (r.SortDueAt == due && (r.CreatedAt < created || (r.CreatedAt == created && r.TaskId.CompareTo(id) < 0)))),
            InboxSort.Created => r => r.CreatedAt >= created && (r.CreatedAt > created || r.TaskId.CompareTo(id) > 0),
            InboxSort.CreatedDescending => r => r.CreatedAt <= created && (r.CreatedAt < created || r.TaskId.CompareTo(id) < 0),
            InboxSort.Amount => r => r.Amount >= amount
                && (r.Amount > amount || (r.Amount == amount && (r.CreatedAt > created || (r.CreatedAt == created && r.TaskId.CompareTo(id) > 0)))),
            _ => r => r.Amount <= amount
                && (r.Amount < amount || (r.Amount == amount && (r.CreatedAt < created || (r.CreatedAt == created && r.TaskId.CompareTo(id) < 0)))),
        };
    }

    /// <summary>The same order in memory, for merging the per-source pages.</summary>
    public static Comparison<InboxRow> Comparer(InboxSort sort)
    {
        var descending = sort is InboxSort.DueDescending or InboxSort.CreatedDescending or InboxSort.AmountDescending;
        return (a, b) =>
        {
            var order = InboxCursor.KeyOf(sort, a).CompareTo(InboxCursor.KeyOf(sort, b));
            if (order == 0)
            {
                order = a.CreatedAt.CompareTo(b.CreatedAt);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(a.TaskId.ToString("D").ToUpperInvariant(), b.TaskId.ToString("D").ToUpperInvariant());
            }

            return descending ? -order : order;
        };
    }
}
