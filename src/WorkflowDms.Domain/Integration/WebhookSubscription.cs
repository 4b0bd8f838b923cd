using System.Security.Cryptography;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Integration;

/// <summary>
/// A dealer's webhook endpoint. It receives the status changes of the cases in the dealer's own subtree
/// (its own and, for a tier-1 dealer, its sub-dealers' cases), optionally only of some case types, each
/// signed with <see cref="Secret"/> (see <see cref="WebhookSignature"/>).
/// </summary>
public class WebhookSubscription
{
    public const int MaxUrlLength = 2000;

    private WebhookSubscription()
    {
        Url = "";
        Secret = "";
        OrgPath = "";
        CaseTypes = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    /// <summary>The dealer's org path: events of cases below it are sent.</summary>
    public string OrgPath { get; private set; }

    public string Url { get; private set; }

    /// <summary>
    /// The HMAC key, shown to the dealer once at registration. Kept readable (not hashed) because every
    /// delivery must be signed with it.
    /// </summary>
    public string Secret { get; private set; }

    /// <summary>Comma-separated case types (e.g. <c>claim,order</c>); empty means all.</summary>
    public string CaseTypes { get; private set; }

    public bool Active { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Events that occurred before this instant were already fanned out (minus a safety margin).</summary>
    public DateTime FannedOutUntil { get; private set; }

    public DateTime? DeactivatedAt { get; private set; }

    public static WebhookSubscription Register(Guid id, Guid dealerId, string orgPath, string url, IReadOnlyCollection<string> caseTypes, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(caseTypes);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || url.Length > MaxUrlLength || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new BusinessRuleException("invalid-webhook-url", "The webhook url must be an absolute http(s) URL without credentials.");
        }

        return new WebhookSubscription
        {
            Id = id,
            DealerId = dealerId,
            OrgPath = orgPath,
            Url = uri.ToString(),
            Secret = NewSecret(),
            CaseTypes = string.Join(',', caseTypes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            Active = true,
            CreatedAt = now,
            FannedOutUntil = now,
        };
    }

    public IReadOnlyList<string> CaseTypeFilter => CaseTypes.Length == 0 ? [] : CaseTypes.Split(',');

    public bool Wants(string caseType) => CaseTypes.Length == 0 || CaseTypeFilter.Contains(caseType, StringComparer.Ordinal);

    public void AdvanceFanOut(DateTime until)
    {
        if (until > FannedOutUntil)
        {
            FannedOutUntil = until;
        }
    }

    public void Deactivate(DateTime now)
    {
        Active = false;
        DeactivatedAt ??= now;
    }

    private static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return "whsec_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
