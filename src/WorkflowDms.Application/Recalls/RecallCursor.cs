using System.Text;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Recalls;

/// <summary>Keyset cursor of campaign-vehicle lists: the (VIN, campaign number) of a page's last row, base64url.</summary>
internal static class RecallCursor
{
    public static string Encode(string vin, string campaignNumber) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{vin}|{campaignNumber}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (string Vin, string CampaignNumber) Decode(string cursor)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            return parts.Length == 2 ? (parts[0], parts[1]) : throw new FormatException("Expected two parts.");
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new RequestBodyException(400, "Invalid cursor", "The 'after' cursor is not one this API issued.", "after");
        }
    }
}
