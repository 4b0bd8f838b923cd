using System.Globalization;
using System.Text;

namespace WorkflowDms.Application.Common;

/// <summary>
/// Opaque keyset-paging cursor: (timestamp, unique key) of the last row of a page. Keyset paging stays fast
/// on the millionth page, where OFFSET would scan everything before it.
/// </summary>
public static class Cursor
{
    public static string Encode(DateTime at, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{at.Ticks}|{key}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (DateTime At, string Key) Decode(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            var ticks = long.Parse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture);
            return (new DateTime(ticks, DateTimeKind.Utc), text[(separator + 1)..]);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new RequestBodyException(400, "Invalid cursor", "The 'after' cursor is not one this API issued.", "after");
        }
    }
}
