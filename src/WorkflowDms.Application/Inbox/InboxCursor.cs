using System.Globalization;
using System.Text;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Keyset cursor of the inbox: the sort it belongs to and the last row's (key, created, task id). A cursor of
/// another sort is refused, since its key would mean something else.
/// </summary>
internal sealed record InboxCursor(InboxSort Sort, long Key, DateTime CreatedAt, Guid TaskId)
{
    public static InboxCursor After(InboxSort sort, InboxRow row) => new(sort, KeyOf(sort, row), row.CreatedAt, row.TaskId);

    public static long KeyOf(InboxSort sort, InboxRow row) => sort switch
    {
        InboxSort.Due or InboxSort.DueDescending => row.SortDueAt.Ticks,
        InboxSort.Amount or InboxSort.AmountDescending => row.Amount,
        _ => row.CreatedAt.Ticks,
    };

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)Sort}|{Key}|{CreatedAt.Ticks}|{TaskId:N}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static InboxCursor Decode(string cursor, InboxSort sort)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            var decoded = new InboxCursor(
                (InboxSort)int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture),
                long.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                new DateTime(long.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc),
                Guid.ParseExact(parts[3], "N"));
            return decoded.Sort == sort ? decoded : throw new FormatException("cursor of another sort");
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException or IndexOutOfRangeException)
        {
            throw new RequestBodyException(400, "Invalid cursor", "The 'after' cursor is not one this API issued for this sort.", "after");
        }
    }
}
