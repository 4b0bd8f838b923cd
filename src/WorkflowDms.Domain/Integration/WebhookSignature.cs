using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.Integration;

/// <summary>
/// Signs a webhook body: <c>X-Wdms-Signature: v1=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>
/// with the Unix timestamp in <c>X-Wdms-Timestamp</c>. Signing the timestamp lets the receiver refuse
/// replays of an old captured request (documented in docs/integration.md).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Wdms-Signature";
    public const string TimestampHeader = "X-Wdms-Timestamp";
    public const string EventHeader = "X-Wdms-Event";
    public const string DeliveryHeader = "X-Wdms-Delivery";
    public const string AttemptHeader = "X-Wdms-Attempt";
    public const string Scheme = "v1=";

    public static string Sign(string secret, long unixTimestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.UTF8.GetBytes(unixTimestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>The receiver's check, constant-time.</summary>
    public static bool Verify(string secret, long unixTimestamp, string body, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, unixTimestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature ?? "");
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
