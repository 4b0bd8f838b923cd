using System.Security.Cryptography;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Integration;

/// <summary>
/// A dealer's webhook endpoint. It receives the status changes of the cases in the dealer's own subtree
/// (its own and, for a tier-1 dealer, its sub-dealers' cases), optionally only of some case types, each
/// signed with <see cref="ProtectedSecret"/> (see <see cref="WebhookSignature"/>).
/// </summary>
public class WebhookSubscription
{
    public const int MaxUrlLength = 2000;

    private WebhookSubscription()
    {
        Url = "";
        ProtectedSecret = "";
        OrgPath = "";
        CaseTypes = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    /// <summary>The dealer's org path: events of cases below it are sent.</summary>
    public string OrgPath { get; private set; }

    public string Url { get; private set; }

    /// <summary>
    /// The HMAC key, encrypted by the application (Data Protection, ADR 0012): it must stay recoverable because every
    /// delivery is signed with it, but the database alone does not reveal it. The plain secret is shown to the dealer
    /// once, at registration and at each rotation. The domain never sees it in plain text.
    /// </summary>
    public string ProtectedSecret { get; private set; }

    /// <summary>When the secret was last rotated (null: the one from registration).</summary>
    public DateTime? SecretRotatedAt { get; private set; }

    /// <summary>Comma-separated case types (e.g. <c>claim,order</c>); empty means all.</summary>
    public string CaseTypes { get; private set; }

    public bool Active { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Events that occurred before this instant were already fanned out (minus a safety margin).</summary>
    public DateTime FannedOutUntil { get; private set; }

    public DateTime? DeactivatedAt { get; private set; }

    public static WebhookSubscription Register(Guid id, Guid dealerId, string orgPath, string url, IReadOnlyCollection<string> caseTypes, string protectedSecret, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(caseTypes);
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
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
            ProtectedSecret = protectedSecret,
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

    /// <summary>A new signing secret replaces the old one at once (the dealer got the new one in the rotation's response).</summary>
    public void RotateSecret(string protectedSecret, DateTime now)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        if (!Active)
        {
            throw new BusinessRuleException("webhook-removed", "The webhook was removed; register it again to receive events.");
        }

        ProtectedSecret = protectedSecret;
        SecretRotatedAt = now;
    }

    /// <summary>The same secret in its protected form (a secret stored in plain text before protection existed).</summary>
    public void ReplaceStoredSecret(string protectedSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        ProtectedSecret = protectedSecret;
    }

    /// <summary>256 random bits, URL-safe, with a recognisable prefix.</summary>
    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return "whsec_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
